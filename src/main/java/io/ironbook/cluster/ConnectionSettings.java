package io.ironbook.cluster;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where the kubeconfig comes from, the way kubectl decides it: {@code --kubeconfig FILE}, else the files
 * listed in {@code KUBECONFIG} (merged, first one wins), else {@code ~/.kube/config}; and which context
 * to use ({@code --context}, else the current context).
 *
 * @param kubeconfig the file given with {@code --kubeconfig}, if any
 * @param context the context given with {@code --context}, if any
 * @param kubeconfigEnv the value of {@code KUBECONFIG}, if set
 * @param home the user's home folder
 */
public record ConnectionSettings(Optional<Path> kubeconfig, Optional<String> context,
        Optional<String> kubeconfigEnv, Path home) {

    /** Settings from the options and this process's environment. */
    public static ConnectionSettings fromEnvironment(Optional<Path> kubeconfig, Optional<String> context) {
        return new ConnectionSettings(kubeconfig, context, Optional.ofNullable(System.getenv("KUBECONFIG")),
                Path.of(System.getProperty("user.home")));
    }

    /** The kubeconfig files to read, in order of precedence; they may not exist. */
    public List<Path> files() {
        if (kubeconfig.isPresent()) {
            return List.of(kubeconfig.get());
        }
        List<Path> files = new ArrayList<>();
        if (kubeconfigEnv.isPresent() && !kubeconfigEnv.get().isBlank()) {
            for (String part : kubeconfigEnv.get().split(File.pathSeparator)) {
                if (!part.isBlank()) {
                    files.add(Path.of(part));
                }
            }
        }
        if (files.isEmpty()) {
            files.add(home.resolve(".kube").resolve("config"));
        }
        return files;
    }

    /** Where the files came from, for error messages. */
    String origin() {
        if (kubeconfig.isPresent()) {
            return "--kubeconfig";
        }
        return kubeconfigEnv.filter(value -> !value.isBlank()).isPresent() ? "KUBECONFIG" : "the default location";
    }
}
