package io.ironbook.lab;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

/**
 * The files of a lab folder: {@code kubeconfig}, {@code inventory.ini} (Ansible INI), {@code known_hosts}
 * with every node's host key, the client key {@code id_ed25519} (+ {@code .pub}), and {@code ssh_config}
 * that ties them together so that {@code ssh -F DIR/ssh_config worker-1} works with plain OpenSSH.
 *
 * @param dir        the lab folder
 * @param kubeconfig the kubeconfig for the lab's API
 * @param inventory  the Ansible inventory
 * @param knownHosts the known_hosts file
 * @param identity   the client private key
 * @param sshConfig  the OpenSSH client configuration
 */
public record LabFiles(Path dir, Path kubeconfig, Path inventory, Path knownHosts, Path identity, Path sshConfig) {

    /** One node's SSH endpoint as the files describe it. */
    record Endpoint(String name, boolean controlPlane, int port, String hostKeyLine) {
    }

    static LabFiles in(Path dir) {
        return new LabFiles(dir, dir.resolve("kubeconfig"), dir.resolve("inventory.ini"), dir.resolve("known_hosts"),
                dir.resolve("id_ed25519"), dir.resolve("ssh_config"));
    }

    void write(String apiUrl, List<Endpoint> endpoints, String privateKey, String publicKeyLine) throws IOException {
        Files.createDirectories(dir);
        secret(kubeconfig, """
                apiVersion: v1
                kind: Config
                clusters:
                - name: ironbook-lab
                  cluster:
                    server: %s
                contexts:
                - name: ironbook-lab
                  context:
                    cluster: ironbook-lab
                    user: ironbook-lab-admin
                    namespace: default
                current-context: ironbook-lab
                users:
                - name: ironbook-lab-admin
                  user: {}
                """.formatted(apiUrl));
        secret(identity, privateKey);
        Files.writeString(dir.resolve("id_ed25519.pub"), publicKeyLine + " ironbook-lab\n", StandardCharsets.UTF_8);
        StringBuilder known = new StringBuilder();
        StringBuilder ssh = new StringBuilder("# ironbook lab: ssh -F " + sshConfig + " NODE\n\n");
        StringBuilder cps = new StringBuilder("[control_plane]\n");
        StringBuilder workers = new StringBuilder("[workers]\n");
        for (Endpoint e : endpoints) {
            known.append("[127.0.0.1]:").append(e.port()).append(' ').append(e.hostKeyLine()).append('\n');
            ssh.append("Host ").append(e.name()).append("\n  HostName 127.0.0.1\n  Port ").append(e.port()).append("\n\n");
            (e.controlPlane() ? cps : workers).append(e.name()).append(" ansible_host=127.0.0.1 ansible_port=").append(e.port()).append('\n');
        }
        ssh.append("Host *\n")
                .append("  User root\n")
                .append("  IdentityFile \"").append(identity).append("\"\n")
                .append("  IdentitiesOnly yes\n")
                .append("  UserKnownHostsFile \"").append(knownHosts).append("\"\n")
                .append("  StrictHostKeyChecking yes\n")
                .append("  CheckHostIP no\n")
                .append("  ConnectTimeout 5\n")
                .append("  LogLevel ERROR\n");
        Files.writeString(knownHosts, known.toString(), StandardCharsets.UTF_8);
        Files.writeString(sshConfig, ssh.toString(), StandardCharsets.UTF_8);
        Files.writeString(inventory, "# ironbook lab inventory\n" + cps + "\n" + workers + "\n[k8s_cluster:children]\ncontrol_plane\nworkers\n\n"
                + "[all:vars]\nansible_user=root\nansible_ssh_private_key_file=" + identity + "\n"
                + "ansible_ssh_common_args='-o UserKnownHostsFile=" + knownHosts + " -o StrictHostKeyChecking=yes'\n", StandardCharsets.UTF_8);
    }

    private static void secret(Path file, String text) throws IOException {
        Files.deleteIfExists(file);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        if (Files.getFileStore(file).supportsFileAttributeView(PosixFileAttributeView.class)) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } else {
            file.toFile().setReadable(false, false);
            file.toFile().setReadable(true, true);
        }
    }
}
