package io.ironbook.lab.api;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A REST path of the API split into its parts: group/version, namespace, resource, name, subresource.
 *
 * @param groupVersion {@code v1} or {@code GROUP/VERSION}
 * @param namespace    the namespace, or null for a cluster-scoped or all-namespaces path
 * @param resource     the plural resource name
 * @param name         the object name, or null for a collection
 * @param subresource  {@code status}, {@code eviction}, ..., or null
 */
record ResourcePath(String groupVersion, String namespace, String resource, String name, String subresource) {
    private static final Pattern CORE = Pattern.compile("^/api/(v1)/(?:namespaces/([^/]+)/)?([a-z]+)(?:/([^/]+))?(?:/([a-z]+))?/?$");
    private static final Pattern GROUP = Pattern.compile("^/apis/([^/]+/[^/]+)/(?:namespaces/([^/]+)/)?([a-z]+)(?:/([^/]+))?(?:/([a-z]+))?/?$");

    static Optional<ResourcePath> parse(String path) {
        Matcher m = CORE.matcher(path);
        if (!m.matches()) {
            m = GROUP.matcher(path);
            if (!m.matches()) {
                return Optional.empty();
            }
        }
        return Optional.of(new ResourcePath(m.group(1), m.group(2), m.group(3), m.group(4), m.group(5)));
    }

    /** The path of the object itself (without subresource). */
    String objectPath() {
        String base = groupVersion.equals("v1") ? "/api/v1" : "/apis/" + groupVersion;
        return base + (namespace == null ? "" : "/namespaces/" + namespace) + "/" + resource + "/" + name;
    }
}
