package io.ironbook.lab.api;

import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Instant;
import java.util.HashMap;
import java.util.function.Supplier;

/**
 * The lab's Kubernetes API: fabric8's mock web server on 127.0.0.1 (plain HTTP) serving the
 * {@link LabDispatcher}, so that kubectl and the fabric8 client reach it exactly as a real cluster.
 */
public final class ApiServer implements AutoCloseable {
    /** The mock web server logs through java.util.logging to stderr; held strongly so the level sticks. */
    private static final java.util.logging.Logger MOCK_LOG = java.util.logging.Logger.getLogger("io.fabric8.mockwebserver.MockWebServer");

    static {
        MOCK_LOG.setLevel(java.util.logging.Level.WARNING);
    }

    private KubernetesMockServer server;
    private final LabDispatcher dispatcher;
    private final int port;
    private boolean serving = true;

    private ApiServer(KubernetesMockServer server, LabDispatcher dispatcher) {
        this.server = server;
        this.dispatcher = dispatcher;
        this.port = server.getPort();
    }

    private static KubernetesMockServer listen(LabDispatcher dispatcher, int port) {
        KubernetesMockServer server = new KubernetesMockServer(new Context(Serialization.jsonMapper()), new MockWebServer(),
                new HashMap<>(), dispatcher, false);
        try {
            server.start(InetAddress.getByName("127.0.0.1"), port);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
        return server;
    }

    /**
     * Serves or stops serving, as the API server static pods come and go with the control-plane nodes:
     * while stopped, connections to the port are refused; serving again, the same port answers with the
     * same objects (etcd kept them).
     */
    public synchronized void serve(boolean up) {
        if (up == serving) {
            return;
        }
        if (up) {
            server = listen(dispatcher, port);
        } else {
            server.shutdown();
        }
        serving = up;
    }

    /** Whether the API answers now. */
    public synchronized boolean serving() {
        return serving;
    }

    /** Starts the server on a free port of 127.0.0.1; {@code clock} is the API server's notion of now. */
    public static ApiServer start(Supplier<Instant> clock) {
        LabDispatcher dispatcher = new LabDispatcher(clock);
        KubernetesMockServer server = listen(dispatcher, 0);
        dispatcher.serverAddress("127.0.0.1:" + server.getPort());
        return new ApiServer(server, dispatcher);
    }

    /** {@code http://127.0.0.1:PORT}. */
    public String url() {
        return "http://127.0.0.1:" + port;
    }

    public ApiStore store() {
        return dispatcher.store();
    }

    /** True once after a client changed something over HTTP (controllers then reconcile). */
    public boolean takeChanged() {
        return dispatcher.takeChanged();
    }

    @Override
    public synchronized void close() {
        if (serving) {
            server.shutdown();
        }
        serving = false;
    }
}
