package io.ironbook.remote;

import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import net.schmizz.sshj.common.Buffer;
import net.schmizz.sshj.common.KeyType;
import net.schmizz.sshj.transport.verification.HostKeyVerifier;

/**
 * sshj's host-key check for one connection: asks the {@link HostKeyStore} about the key under the
 * target's own name and port (also through a tunnel), and remembers the verdict so that a refusal
 * can be reported as unknown, changed or revoked.
 */
final class HostKeyGate implements HostKeyVerifier {
    private final HostKeyStore store;
    private final SshTarget target;
    private volatile KnownHosts.Verdict verdict;
    private volatile String presentedType;
    private volatile String presentedFingerprint;

    HostKeyGate(HostKeyStore store, SshTarget target) {
        this.store = store;
        this.target = target;
    }

    @Override
    public boolean verify(String hostname, int port, PublicKey key) {
        byte[] blob = new Buffer.PlainBuffer().putPublicKey(key).getCompactData();
        presentedType = KeyType.fromKey(key).toString();
        presentedFingerprint = KnownHosts.fingerprint(blob);
        verdict = store.check(target, presentedType, blob);
        return verdict instanceof KnownHosts.Verdict.Trusted;
    }

    @Override
    public List<String> findExistingAlgorithms(String hostname, int port) {
        List<String> algorithms = new ArrayList<>();
        for (String type : store.keyTypes(target)) {
            if (type.equals("ssh-rsa")) {
                algorithms.add("rsa-sha2-512");
                algorithms.add("rsa-sha2-256");
            }
            algorithms.add(type);
        }
        return algorithms;
    }

    /** The refusal as an exception that names the host, the fingerprint and the file. */
    RemoteException refusal(String node, Throwable cause) {
        String name = KnownHosts.lookupName(target.hostKeyName(), target.port());
        String via = target.node().equals(node) ? "" : " (jump host " + target.node() + ")";
        KnownHosts.Verdict v = verdict;
        if (v instanceof KnownHosts.Verdict.Changed changed) {
            return new RemoteException(RemoteException.Failure.HOST_KEY_CHANGED, node,
                    "HOST KEY CHANGED for " + name + via + ": it presented " + presentedType + " " + presentedFingerprint
                            + " but " + changed.location() + " lists " + changed.listedFingerprint()
                            + "; someone may be intercepting the connection. Refusing to connect;"
                            + " if the host was reinstalled, verify the new key out of band and update known_hosts",
                    cause);
        }
        if (v instanceof KnownHosts.Verdict.Revoked revoked) {
            return new RemoteException(RemoteException.Failure.HOST_KEY_REVOKED, node,
                    "REVOKED HOST KEY for " + name + via + ": " + presentedType + " " + presentedFingerprint
                            + " is marked @revoked at " + revoked.location() + "; refusing to connect", cause);
        }
        return new RemoteException(RemoteException.Failure.HOST_KEY_UNKNOWN, node,
                "unknown host key for " + name + via + ": " + presentedType + " " + presentedFingerprint
                        + " is not in " + store.files(target)
                        + "; verify it and add it to known_hosts (or opt in to accept-new)", cause);
    }

    boolean refused() {
        return verdict != null && !(verdict instanceof KnownHosts.Verdict.Trusted);
    }
}
