package io.ironbook.lab.ssh;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.security.KeyPair;
import java.security.PublicKey;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.common.session.SessionContext;
import org.apache.sshd.common.session.helpers.AbstractSession;
import org.apache.sshd.core.CoreModuleProperties;
import org.apache.sshd.server.ServerBuilder;
import org.apache.sshd.server.SshServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The nodes' SSH endpoints: one Apache MINA SSH server listening on one 127.0.0.1 port per node, each
 * port presenting that node's own host key. Only the lab's client key may log in. A halted node's
 * port is closed (connection refused) and reopened on the same number when it boots.
 */
public final class SshEndpoints implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SshEndpoints.class);
    private static final String HOST = "127.0.0.1";
    private final LabSshServer server;
    private final ExecutorService executor;
    private final Map<Integer, String> nodeByPort = new ConcurrentHashMap<>();
    private final Map<String, Integer> portByNode = new ConcurrentHashMap<>();
    private final Map<Integer, KeyPair> keyByPort = new ConcurrentHashMap<>();
    private final Set<String> open = ConcurrentHashMap.newKeySet();

    /** The MINA server with its acceptor reachable, so that it can listen on many ports. */
    private static final class LabSshServer extends SshServer {
        Set<SocketAddress> bind(SocketAddress address) throws IOException {
            Set<SocketAddress> before = new HashSet<>(acceptor.getBoundAddresses());
            acceptor.bind(address);
            Set<SocketAddress> after = new HashSet<>(acceptor.getBoundAddresses());
            after.removeAll(before);
            return after;
        }

        void unbind(SocketAddress address) {
            acceptor.unbind(address);
        }
    }

    private SshEndpoints(LabSshServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    /** Starts the server; nodes are added with {@link #open(String, KeyPair)}. */
    public static SshEndpoints start(PublicKey clientKey, NodeShell shell) {
        LabSshServer server = (LabSshServer) ServerBuilder.builder().factory(LabSshServer::new).build();
        ExecutorService executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "lab-ssh-exec");
            t.setDaemon(true);
            return t;
        });
        SshEndpoints endpoints = new SshEndpoints(server, executor);
        server.setHost(HOST);
        server.setPort(0);
        server.setKeyPairProvider(endpoints.new PerPortHostKeys());
        server.setPublickeyAuthenticator((user, key, session) -> KeyUtils.compareKeys(key, clientKey));
        server.setPasswordAuthenticator(null);
        server.setKeyboardInteractiveAuthenticator(null);
        server.setCommandFactory((channel, command) -> new ExecCommand(endpoints.nodeOf(channel.getSession()), command, shell, executor));
        server.setShellFactory(channel -> new InteractiveShell(endpoints.nodeOf(channel.getSession()), shell, executor));
        CoreModuleProperties.IDLE_TIMEOUT.set(server, Duration.ofHours(1));
        try {
            server.start();
        } catch (IOException e) {
            executor.shutdownNow();
            throw new UncheckedIOException("cannot start the lab's SSH server: " + e.getMessage(), e);
        }
        return endpoints;
    }

    private String nodeOf(SessionContext session) {
        return nodeByPort.getOrDefault(port(session), "unknown");
    }

    private static int port(SessionContext session) {
        SocketAddress local = session.getLocalAddress();
        return local instanceof InetSocketAddress inet ? inet.getPort() : -1;
    }

    /** Opens a node's endpoint on a new port with its host key; returns the port. */
    public int open(String node, KeyPair hostKey) {
        try {
            Set<SocketAddress> added = server.bind(new InetSocketAddress(HOST, 0));
            int port = ((InetSocketAddress) added.iterator().next()).getPort();
            nodeByPort.put(port, node);
            portByNode.put(node, port);
            keyByPort.put(port, hostKey);
            open.add(node);
            return port;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open an SSH port for " + node + ": " + e.getMessage(), e);
        }
    }

    /** Closes a node's port and drops its sessions, as a machine going down does. */
    public void down(String node) {
        Integer port = portByNode.get(node);
        if (port == null || !open.remove(node)) {
            return;
        }
        server.unbind(new InetSocketAddress(HOST, port));
        List<AbstractSession> sessions = server.getActiveSessions();
        for (AbstractSession s : sessions) {
            if (port(s) == port) {
                s.close(true);
            }
        }
        LOG.info("{}: SSH port {} closed", node, port);
    }

    /** Reopens a node's port (same number) when it has booted. */
    public void up(String node) {
        Integer port = portByNode.get(node);
        if (port == null || open.contains(node)) {
            return;
        }
        try {
            server.bind(new InetSocketAddress(HOST, port));
            open.add(node);
            LOG.info("{}: SSH port {} open", node, port);
        } catch (IOException e) {
            LOG.warn("{}: cannot reopen SSH port {}: {}", node, port, e.getMessage());
        }
    }

    public int port(String node) {
        Integer port = portByNode.get(node);
        if (port == null) {
            throw new IllegalArgumentException("no such node: " + node);
        }
        return port;
    }

    public boolean isUp(String node) {
        return open.contains(node);
    }

    @Override
    public void close() {
        try {
            server.stop(true);
        } catch (IOException e) {
            LOG.warn("stopping the SSH server: {}", e.getMessage());
        }
        executor.shutdownNow();
    }

    /** Presents the host key of the node whose port the client connected to. */
    private final class PerPortHostKeys implements KeyPairProvider {
        @Override
        public Iterable<KeyPair> loadKeys(SessionContext session) {
            KeyPair key = session == null ? null : keyByPort.get(port(session));
            return key == null ? List.of() : List.of(key);
        }
    }
}
