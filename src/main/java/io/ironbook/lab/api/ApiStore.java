package io.ironbook.lab.api;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResourceList;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.fabric8.mockwebserver.crud.AttributeSet;
import io.fabric8.mockwebserver.http.MockResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * In-process access to the API server's object store for the lab's own controllers (kubelets, node
 * lifecycle, workloads). Writes take the same lock as HTTP writes and raise the same watch events;
 * unlike the HTTP path they may set status and deletion timestamps directly, as the real components do.
 */
public final class ApiStore {
    private final KubernetesCrudDispatcher crud;
    private final Object writeLock;

    ApiStore(KubernetesCrudDispatcher crud, Object writeLock) {
        this.crud = crud;
        this.writeLock = writeLock;
    }

    Optional<String> json(String path) {
        MockResponse r;
        synchronized (writeLock) {
            r = crud.handleGet(path);
        }
        if (r.code() != 200 || r.getBody() == null) {
            return Optional.empty();
        }
        return Optional.of(r.getBody().readUtf8());
    }

    public <T> Optional<T> get(String path, Class<T> type) {
        return json(path).map(j -> Serialization.unmarshal(j, type));
    }

    public <T extends HasMetadata, L extends KubernetesResourceList<T>> List<T> list(String path, Class<L> listType) {
        return json(path).map(j -> Serialization.unmarshal(j, listType).getItems()).orElse(List.of());
    }

    /** Creates an object as its controller would; uid and resourceVersion are assigned here. */
    public void create(String itemPath, HasMetadata object) {
        synchronized (writeLock) {
            if (object.getMetadata().getUid() == null) {
                object.getMetadata().setUid(UUID.randomUUID().toString());
            }
            write(itemPath, null, object);
        }
    }

    /** Reads, changes and writes an object atomically; empty when it does not exist. */
    public <T extends HasMetadata> Optional<T> update(String path, Class<T> type, UnaryOperator<T> change) {
        synchronized (writeLock) {
            Map.Entry<AttributeSet, String> current = crud.findResource(crud.getKey(path));
            if (current == null) {
                return Optional.empty();
            }
            T object = Serialization.unmarshal(current.getValue(), type);
            String before = Serialization.asJson(object);
            T changed = change.apply(object);
            if (changed == null || Serialization.asJson(changed).equals(before)) {
                return Optional.ofNullable(changed);
            }
            write(path, current.getKey(), changed);
            return Optional.of(changed);
        }
    }

    /** Writes a whole object (as a raw JSON map) over the stored one, keeping the store's bookkeeping. */
    void replace(String path, Map<String, Object> object) {
        synchronized (writeLock) {
            Map.Entry<AttributeSet, String> current = crud.findResource(crud.getKey(path));
            @SuppressWarnings("unchecked")
            Map<String, Object> metadata = (Map<String, Object>) object.get("metadata");
            metadata.put("resourceVersion", String.valueOf(crud.requestResourceVersion()));
            crud.processEvent(path, crud.getKey(path), current == null ? null : current.getKey(), null, Json.write(object));
        }
    }

    /** The store's current resource version, for list metadata. */
    String resourceVersion() {
        return String.valueOf(crud.requestResourceVersion());
    }

    public void delete(String path) {
        synchronized (writeLock) {
            crud.handleDelete(path);
        }
    }

    private void write(String path, AttributeSet oldKey, HasMetadata object) {
        object.getMetadata().setResourceVersion(String.valueOf(crud.requestResourceVersion()));
        crud.processEvent(path, crud.getKey(path), oldKey, null, Serialization.asJson(object));
    }
}
