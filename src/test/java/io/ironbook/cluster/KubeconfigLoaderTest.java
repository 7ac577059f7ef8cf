package io.ironbook.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.client.Config;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KubeconfigLoaderTest {
    @TempDir
    Path home;

    private Path write(String name, String text) throws Exception {
        Path file = home.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    @Test
    void aMissingKubeconfigFileIsOneLine() {
        Path missing = home.resolve("nope.yaml");
        ConnectionSettings settings = new ConnectionSettings(Optional.of(missing), Optional.empty(), Optional.empty(), home);
        assertThatThrownBy(() -> KubeconfigLoader.load(settings))
                .isInstanceOfSatisfying(ClusterException.class, e -> assertThat(e.kind()).isEqualTo(ClusterException.Kind.CONFIG))
                .hasMessage("kubeconfig " + missing + " does not exist");
    }

    @Test
    void noKubeconfigAnywhereNamesTheDefaultLocation() {
        ConnectionSettings settings = new ConnectionSettings(Optional.empty(), Optional.empty(), Optional.empty(), home);
        assertThatThrownBy(() -> KubeconfigLoader.load(settings)).hasMessage("no kubeconfig: "
                + home.resolve(".kube/config") + " does not exist (from the default location; use --kubeconfig FILE"
                + " or set KUBECONFIG)");
    }

    @Test
    void anUnknownContextIsRefusedInsteadOfFallingBack() throws Exception {
        Path file = write("config", ApiServerDouble.kubeconfigText("lab", "https://10.0.0.10:6443"));
        ConnectionSettings settings = new ConnectionSettings(Optional.of(file), Optional.of("prod"), Optional.empty(), home);
        assertThatThrownBy(() -> KubeconfigLoader.load(settings))
                .hasMessage("context 'prod' not found in kubeconfig " + file + " (known: lab)");
    }

    @Test
    void kubeconfigListsAreMergedAndTheFirstCurrentContextWins() throws Exception {
        Path a = write("a.yaml", ApiServerDouble.kubeconfigText("lab", "https://10.0.0.10:6443"));
        Path b = write("b.yaml", ApiServerDouble.kubeconfigText("prod", "https://10.9.0.10:6443"));
        String env = a + File.pathSeparator + home.resolve("missing.yaml") + File.pathSeparator + b;

        Config current = KubeconfigLoader.load(new ConnectionSettings(Optional.empty(), Optional.empty(),
                Optional.of(env), home));
        Config prod = KubeconfigLoader.load(new ConnectionSettings(Optional.empty(), Optional.of("prod"),
                Optional.of(env), home));

        assertThat(current.getMasterUrl()).startsWith("https://10.0.0.10:6443");
        assertThat(current.getCurrentContext().getName()).isEqualTo("lab");
        assertThat(prod.getMasterUrl()).startsWith("https://10.9.0.10:6443");
    }

    @Test
    void aKubeconfigWithoutCurrentContextNeedsContext() throws Exception {
        Path file = write("config", ApiServerDouble.kubeconfigText("lab", "https://10.0.0.10:6443")
                .replace("current-context: lab\n", ""));
        ConnectionSettings settings = new ConnectionSettings(Optional.of(file), Optional.empty(), Optional.empty(), home);
        assertThatThrownBy(() -> KubeconfigLoader.load(settings))
                .hasMessage("kubeconfig " + file + " sets no current-context; name one with --context");
    }

    @Test
    void garbageIsReportedWithTheFile() throws Exception {
        Path file = write("config", "{{{ not yaml");
        ConnectionSettings settings = new ConnectionSettings(Optional.of(file), Optional.empty(), Optional.empty(), home);
        assertThatThrownBy(() -> KubeconfigLoader.load(settings)).hasMessageStartingWith("kubeconfig " + file
                + " cannot be read: ");
    }
}
