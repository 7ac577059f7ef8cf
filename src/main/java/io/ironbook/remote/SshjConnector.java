package io.ironbook.remote;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.schmizz.keepalive.KeepAliveProvider;
import net.schmizz.sshj.DefaultConfig;
import net.schmizz.sshj.SSHClient;
import net.schmizz.sshj.connection.channel.direct.DirectConnection;
import net.schmizz.sshj.transport.TransportException;
import net.schmizz.sshj.userauth.UserAuthException;
import net.schmizz.sshj.userauth.keyprovider.KeyProvider;
import net.schmizz.sshj.userauth.method.AuthMethod;
import net.schmizz.sshj.userauth.method.AuthPublickey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens one sshj connection: TCP (or a tunnel through the last jump host), host-key check under the
 * target's own name, then login with the agent's keys and the key files; failures become
 * {@link RemoteException}s that say what went wrong.
 */
final class SshjConnector {
    private static final Logger LOG = LoggerFactory.getLogger(SshjConnector.class);

    /** Gives the connected client of a jump host (pooled by the shell). */
    @FunctionalInterface
    interface JumpClients {
        SSHClient clientFor(SshTarget hop) throws RemoteException;
    }

    private final RemoteSettings settings;
    private final DefaultConfig config;
    private final HostKeyStore hostKeys;
    private final KeyRing keyRing;
    private final Optional<SshAgentClient> agent;

    SshjConnector(RemoteSettings settings) {
        this.settings = settings;
        this.config = new DefaultConfig();
        this.config.setKeepAliveProvider(KeepAliveProvider.KEEP_ALIVE);
        this.hostKeys = new HostKeyStore(settings.knownHostsFiles(), settings.recordFile());
        this.keyRing = new KeyRing(settings.passphrasePrompt(), new SSHClient(config));
        this.agent = settings.agentSocket().map(sock -> new SshAgentClient(sock, Duration.ofSeconds(30)));
    }

    /**
     * A new connected and authenticated client for the target; jump hosts come from {@code jumps}.
     *
     * @throws RemoteException when the target cannot be reached, trusted or logged into
     */
    SSHClient connect(SshTarget target, JumpClients jumps) throws RemoteException {
        SSHClient client = new SSHClient(config);
        client.setConnectTimeout((int) settings.connectTimeout().toMillis());
        client.getTransport().setTimeoutMs((int) settings.requestTimeout().toMillis());
        client.getConnection().setTimeoutMs((int) settings.requestTimeout().toMillis());
        client.getConnection().getKeepAlive().setKeepAliveInterval((int) settings.keepAliveInterval().toSeconds());
        HostKeyGate gate = new HostKeyGate(hostKeys, target);
        client.addHostKeyVerifier(gate);
        String where = target.address() + (target.jumps().isEmpty() ? "" : " via " + target.jumps().get(target.jumps().size() - 1).node());
        try {
            if (target.jumps().isEmpty()) {
                client.connect(target.host(), target.port());
            } else {
                List<SshTarget> hops = target.jumps();
                SshTarget last = hops.get(hops.size() - 1).withJumps(hops.subList(0, hops.size() - 1));
                SSHClient via = jumps.clientFor(last);
                DirectConnection tunnel = via.newDirectConnection(target.host(), target.port());
                client.connectVia(tunnel);
            }
        } catch (RemoteException e) {
            closeQuietly(client);
            throw new RemoteException(e.failure(), target.node(), target.node() + ": jump host failed: " + e.getMessage(), e);
        } catch (IOException e) {
            closeQuietly(client);
            if (gate.refused()) {
                throw gate.refusal(target.node(), e);
            }
            throw connectFailure(target, where, e);
        }
        try {
            List<AuthMethod> methods = authMethods(target);
            if (methods.isEmpty()) {
                throw new RemoteException(RemoteException.Failure.AUTH_FAILED, target.node(), target.node()
                        + ": no key to offer: no ssh-agent (SSH_AUTH_SOCK) and none of "
                        + identityFiles(target) + " exists");
            }
            client.auth(target.user(), methods);
        } catch (UserAuthException e) {
            closeQuietly(client);
            throw new RemoteException(RemoteException.Failure.AUTH_FAILED, target.node(), target.node() + ": "
                    + target.user() + "@" + target.address() + " refused every key offered ("
                    + describe(authMethodsQuietly(target)) + ")" + causeText(e), e);
        } catch (TransportException e) {
            closeQuietly(client);
            throw connectFailure(target, where, e);
        } catch (RemoteException e) {
            closeQuietly(client);
            throw e;
        }
        LOG.info("{}: connected to {} as {}", target.node(), where, target.user());
        return client;
    }

    private List<AuthMethod> authMethods(SshTarget target) {
        List<AuthMethod> methods = new ArrayList<>();
        if (agent.isPresent() && !target.identitiesOnly()) {
            try {
                for (SshAgentClient.Identity identity : agent.get().identities()) {
                    methods.add(new AgentAuthMethod(agent.get(), identity));
                }
            } catch (IOException e) {
                LOG.warn("ssh-agent at {} is unusable: {}", agent.get().socket(), e.toString());
            }
        }
        for (Path file : identityFiles(target)) {
            keyRing.key(file).ifPresent(key -> methods.add(new FileKeyAuth(file, key)));
        }
        return methods;
    }

    private List<AuthMethod> authMethodsQuietly(SshTarget target) {
        try {
            return authMethods(target);
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    private List<Path> identityFiles(SshTarget target) {
        return target.identityFiles().isEmpty() ? settings.defaultIdentityFiles() : target.identityFiles();
    }

    private static String describe(List<AuthMethod> methods) {
        List<String> names = new ArrayList<>();
        for (AuthMethod method : methods) {
            names.add(method.toString());
        }
        return names.isEmpty() ? "none" : String.join(", ", names);
    }

    /** Public-key authentication with a key file, named by its path in messages. */
    private static final class FileKeyAuth extends AuthPublickey {
        private final Path file;

        FileKeyAuth(Path file, KeyProvider key) {
            super(key);
            this.file = file;
        }

        @Override
        public String toString() {
            return "key " + file;
        }
    }

    private static String causeText(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null && cause.getMessage().startsWith("cannot unlock")) {
                return "; " + cause.getMessage();
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return "";
    }

    private static RemoteException connectFailure(SshTarget target, String where, IOException e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        boolean unreachable = e instanceof ConnectException || e instanceof UnknownHostException
                || e instanceof NoRouteToHostException || e instanceof SocketTimeoutException
                || root instanceof ConnectException || root instanceof UnknownHostException
                || root instanceof SocketTimeoutException || root instanceof java.io.EOFException
                || root instanceof java.net.SocketException;
        String reason = root instanceof UnknownHostException ? "unknown host " + root.getMessage()
                : root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return new RemoteException(unreachable ? RemoteException.Failure.UNREACHABLE : RemoteException.Failure.PROTOCOL,
                target.node(), target.node() + ": cannot reach " + where + ": " + reason, e);
    }

    static void closeQuietly(SSHClient client) {
        if (client == null) {
            return;
        }
        try {
            client.close();
        } catch (IOException | RuntimeException e) {
            LOG.debug("closing a connection: {}", e.toString());
        }
    }
}
