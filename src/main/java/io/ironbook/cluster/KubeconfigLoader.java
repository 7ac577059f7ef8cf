package io.ironbook.cluster;

import io.fabric8.kubernetes.api.model.NamedContext;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.internal.KubeConfigUtils;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads and merges kubeconfig files the way kubectl does and checks the context before fabric8 sees it:
 * fabric8 silently falls back to the current context when asked for one that does not exist.
 */
final class KubeconfigLoader {

    private KubeconfigLoader() {
    }

    /** The fabric8 configuration for the settings, or a {@link ClusterException} of kind CONFIG. */
    static Config load(ConnectionSettings settings) {
        List<Path> existing = new ArrayList<>();
        for (Path file : settings.files()) {
            if (Files.isRegularFile(file)) {
                existing.add(file);
            } else if (settings.kubeconfig().isPresent()) {
                throw new ClusterException(ClusterException.Kind.CONFIG, "kubeconfig " + file + " does not exist");
            }
        }
        if (existing.isEmpty()) {
            throw new ClusterException(ClusterException.Kind.CONFIG, "no kubeconfig: " + describe(settings.files())
                    + (settings.files().size() == 1 ? " does" : " do") + " not exist (from " + settings.origin()
                    + "; use --kubeconfig FILE or set KUBECONFIG)");
        }
        List<io.fabric8.kubernetes.api.model.Config> parsed = new ArrayList<>();
        for (Path file : existing) {
            try {
                parsed.add(KubeConfigUtils.parseConfig(file.toFile()));
            } catch (KubernetesClientException | IllegalArgumentException e) {
                throw new ClusterException(ClusterException.Kind.CONFIG,
                        "kubeconfig " + file + " cannot be read: " + rootMessage(e), e);
            }
        }
        String context = settings.context().orElseGet(() -> currentContext(parsed));
        if (context == null) {
            throw new ClusterException(ClusterException.Kind.CONFIG, "kubeconfig " + describe(existing)
                    + " sets no current-context; name one with --context");
        }
        Set<String> known = new LinkedHashSet<>();
        for (io.fabric8.kubernetes.api.model.Config config : parsed) {
            if (config.getContexts() != null) {
                for (NamedContext named : config.getContexts()) {
                    known.add(named.getName());
                }
            }
        }
        if (!known.contains(context)) {
            throw new ClusterException(ClusterException.Kind.CONFIG, "context '" + context + "' not found in kubeconfig "
                    + describe(existing) + " (known: " + (known.isEmpty() ? "none" : String.join(", ", known)) + ")");
        }
        Config config = Config.empty();
        try {
            KubeConfigUtils.merge(config, context, parsed.toArray(io.fabric8.kubernetes.api.model.Config[]::new));
        } catch (KubernetesClientException | IllegalArgumentException | IllegalStateException e) {
            throw new ClusterException(ClusterException.Kind.CONFIG,
                    "context '" + context + "' in " + describe(existing) + " is not usable: " + rootMessage(e), e);
        }
        if (config.getMasterUrl() == null || config.getMasterUrl().isBlank()) {
            throw new ClusterException(ClusterException.Kind.CONFIG,
                    "context '" + context + "' in " + describe(existing) + " names no cluster server");
        }
        return config;
    }

    private static String currentContext(List<io.fabric8.kubernetes.api.model.Config> parsed) {
        for (io.fabric8.kubernetes.api.model.Config config : parsed) {
            if (config.getCurrentContext() != null && !config.getCurrentContext().isBlank()) {
                return config.getCurrentContext();
            }
        }
        return null;
    }

    private static String describe(List<Path> files) {
        List<String> names = new ArrayList<>();
        files.forEach(file -> names.add(file.toString()));
        return String.join(", ", names);
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return message == null ? root.getClass().getSimpleName() : message;
    }
}
