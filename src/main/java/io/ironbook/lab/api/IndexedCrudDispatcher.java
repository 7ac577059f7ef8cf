package io.ironbook.lab.api;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.server.mock.KubernetesAttributesExtractor;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.mockwebserver.crud.Attribute;
import io.fabric8.mockwebserver.crud.AttributeSet;
import io.fabric8.mockwebserver.http.MockResponse;
import java.util.AbstractMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * fabric8's CRUD mock with an index by resource, namespace and name. The mock finds one object by
 * scanning every stored object (and a GET first copies them all), so a lab of 5,000 nodes, with its
 * leases and pods, spent minutes in its first controller pass and could not keep up afterwards. Here a
 * named lookup is a hash lookup, checked against the mock's own matching; anything the index cannot
 * answer (lists, selectors, a miss) goes to the mock unchanged.
 */
final class IndexedCrudDispatcher extends KubernetesCrudDispatcher {
    private static final List<String> ID_KEYS = List.of("plural", "api", "namespace", "name");
    private final KubernetesAttributesExtractor extractor = new KubernetesAttributesExtractor();
    private final Map<String, AttributeSet> index = new ConcurrentHashMap<>();

    @Override
    public Map.Entry<AttributeSet, String> findResource(AttributeSet query) {
        Map.Entry<AttributeSet, String> hit = indexed(query);
        return hit != null ? hit : super.findResource(query);
    }

    @Override
    public MockResponse handleGet(String path) {
        if (path.indexOf('?') < 0) {
            Map.Entry<AttributeSet, String> hit = indexed(getKey(path));
            if (hit != null) {
                return new MockResponse().setResponseCode(200).setBody(hit.getValue());
            }
        }
        return super.handleGet(path);
    }

    @Override
    public void processEvent(String path, AttributeSet pathKey, AttributeSet oldKey, GenericKubernetesResource resource,
            String newValue) {
        super.processEvent(path, pathKey, oldKey, resource, newValue);
        if (oldKey != null) {
            String oldId = id(oldKey);
            if (oldId != null) {
                index.remove(oldId, oldKey);
            }
        }
        if (newValue == null) {
            return;
        }
        // The key the mock stored the object under, computed as it does.
        AttributeSet stored = resource != null ? extractor.extract(resource) : extractor.fromResource(newValue);
        if (!stored.containsKey("plural")) {
            stored = AttributeSet.merge(pathKey, stored);
        }
        String id = id(stored);
        if (id != null && getMap().containsKey(stored)) {
            index.put(id, stored);
        }
    }

    @Override
    public void reset() {
        super.reset();
        index.clear();
    }

    /** The stored object a named query asks for, or null when the index cannot tell. */
    private Map.Entry<AttributeSet, String> indexed(AttributeSet query) {
        String id = id(query);
        if (id == null) {
            return null;
        }
        AttributeSet key = index.get(id);
        if (key == null || !key.matches(query)) {
            return null;
        }
        String value = getMap().get(key);
        return value == null ? null : new AbstractMap.SimpleImmutableEntry<>(key, value);
    }

    /** plural/api/namespace/name of a key that names one object, else null. */
    private static String id(AttributeSet key) {
        if (!key.containsKey("plural") || !key.containsKey("name")) {
            return null;
        }
        StringBuilder id = new StringBuilder();
        for (String name : ID_KEYS) {
            Attribute attribute = key.getAttribute(name);
            id.append(attribute == null ? "" : attribute.getValues().toString()).append('/');
        }
        return id.toString();
    }
}
