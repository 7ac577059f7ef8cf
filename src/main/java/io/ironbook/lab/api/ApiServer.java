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

    private final KubernetesMockServer server;
    private final LabDispatcher dispatcher;

    private ApiServer(KubernetesMockServer server, LabDispatcher dispatcher) {
        this.server = server;
        this.dispatcher = dispatcher;
    }

    /** Starts the server on a free port of 127.0.0.1; {@code clock} is the API server's notion of now. */
    public static ApiServer start(Supplier<Instant> clock) {
        LabDispatcher dispatcher = new LabDispatcher(clock);
        KubernetesMockServer server = new KubernetesMockServer(new Context(Serialization.jsonMapper()), new MockWebServer(),
                new HashMap<>(), dispatcher, false);
        try {
            server.start(InetAddress.getByName("127.0.0.1"), 0);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
        dispatcher.serverAddress("127.0.0.1:" + server.getPort());
        return new ApiServer(server, dispatcher);
    }

    /** {@code http://127.0.0.1:PORT}. */
    public String url() {
        return "http://127.0.0.1:" + server.getPort();
    }

    public ApiStore store() {
        return dispatcher.store();
    }

    /** True once after a client changed something over HTTP (controllers then reconcile). */
    public boolean takeChanged() {
        return dispatcher.takeChanged();
    }

    @Override
    public void close() {
        server.shutdown();
    }
}
