package io.ironbook.remote;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Client keys made by OpenSSH's own ssh-keygen, as operators make them. */
public final class TestKeys {

    private TestKeys() {
    }

    /** True when an OpenSSH tool is installed. */
    public static boolean has(String tool) {
        for (String dir : List.of("/usr/bin", "/usr/local/bin", "/bin", "/usr/sbin")) {
            if (Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }

    /** Skips the test outside CI when the tool is missing; fails in CI, where .ci/run installs it. */
    public static void require(String tool) {
        if (!has(tool) && "true".equals(System.getenv("CI"))) {
            throw new AssertionError(tool + " is required in CI (.ci/run installs OpenSSH)");
        }
        assumeTrue(has(tool), tool + " is not installed; skipping (install openssh-client/openssh-server)");
    }

    /** Generates a key pair with ssh-keygen and returns the private key's path. */
    public static Path generate(Path dir, String name, String type, String passphrase) throws IOException, InterruptedException {
        require("ssh-keygen");
        Files.createDirectories(dir);
        Path key = dir.resolve(name);
        List<String> cmd = new ArrayList<>(List.of("ssh-keygen", "-q", "-t", type, "-N", passphrase, "-C", name, "-f", key.toString()));
        if (type.equals("rsa")) {
            cmd.addAll(List.of("-b", "2048"));
        }
        run(cmd);
        return key;
    }

    public static String run(List<String> cmd) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("timed out: " + cmd);
        }
        String out = new String(process.getInputStream().readAllBytes());
        if (process.exitValue() != 0) {
            throw new IOException(cmd + " failed: " + out);
        }
        return out;
    }
}
