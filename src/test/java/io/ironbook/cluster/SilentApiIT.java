package io.ironbook.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An API server that accepts connections and never answers costs a call its deadline, not forever. */
class SilentApiIT {
    @TempDir
    Path dir;

    private ServerSocket server;
    private final List<Socket> accepted = new CopyOnWriteArrayList<>();
    private Fabric8ClusterGateway gateway;

    @BeforeEach
    void silentServer() throws Exception {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(() -> {
            while (!server.isClosed()) {
                try {
                    accepted.add(server.accept());
                } catch (Exception e) {
                    return;
                }
            }
        }, "silent-api");
        acceptor.setDaemon(true);
        acceptor.start();
        Path kubeconfig = dir.resolve("kubeconfig");
        Files.writeString(kubeconfig, """
                apiVersion: v1
                kind: Config
                clusters:
                - name: silent
                  cluster: {server: "http://127.0.0.1:%d"}
                users:
                - name: ops
                  user: {token: "t"}
                contexts:
                - name: silent
                  context: {cluster: silent, user: ops}
                current-context: silent
                """.formatted(server.getLocalPort()));
        gateway = Fabric8ClusterGateway.connect(new ConnectionSettings(Optional.of(kubeconfig), Optional.empty(),
                Optional.empty(), dir));
        gateway.callDeadline(Duration.ofSeconds(2));
    }

    @AfterEach
    void stop() throws Exception {
        gateway.close();
        server.close();
        for (Socket socket : accepted) {
            socket.close();
        }
    }

    @Test
    void aCallThatGetsNoAnswerFailsAtItsDeadlineNamingTheServer() {
        long started = System.nanoTime();
        assertThatThrownBy(gateway::nodes).isInstanceOf(ClusterException.class)
                .satisfies(e -> assertThat(((ClusterException) e).kind()).isEqualTo(ClusterException.Kind.UNREACHABLE))
                .hasMessageContaining("list nodes: no answer from http://127.0.0.1:" + server.getLocalPort());
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isBetween(Duration.ofSeconds(2), Duration.ofSeconds(10));
        assertThat(accepted).as("the server was reached").isNotEmpty();
    }

    @Test
    void anInterruptStopsTheWaitAndIsKept() throws Exception {
        gateway.callDeadline(Duration.ofSeconds(30));
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(gateway::nodes).isInstanceOf(ClusterException.class).hasMessageContaining("interrupted");
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
    }
}
