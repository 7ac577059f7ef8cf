package io.ironbook.remote;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The known_hosts files of one shell, read once and shared by all connections; records new keys
 * under {@link HostKeyPolicy#ACCEPT_NEW} one at a time.
 */
final class HostKeyStore {
    private static final Logger LOG = LoggerFactory.getLogger(HostKeyStore.class);

    private final List<Path> baseFiles;
    private final Path recordFile;
    private final Map<List<Path>, KnownHosts> loaded = new HashMap<>();

    /** Reads the base files at once, so that a malformed one is reported before any connection. */
    HostKeyStore(List<Path> baseFiles, Path recordFile) {
        this.baseFiles = List.copyOf(baseFiles);
        this.recordFile = recordFile;
        loaded.put(new ArrayList<>(new LinkedHashSet<>(this.baseFiles)), KnownHosts.load(this.baseFiles));
    }

    private List<Path> filesFor(SshTarget target) {
        LinkedHashSet<Path> files = new LinkedHashSet<>(baseFiles);
        files.addAll(target.knownHostsFiles());
        return new ArrayList<>(files);
    }

    private KnownHosts knownHosts(SshTarget target) {
        return loaded.computeIfAbsent(filesFor(target), KnownHosts::load);
    }

    synchronized List<String> keyTypes(SshTarget target) {
        return knownHosts(target).keyTypes(target.hostKeyName(), target.port());
    }

    /** Judges the key; under accept-new, records an unknown host's key and returns Trusted. */
    synchronized KnownHosts.Verdict check(SshTarget target, String keyType, byte[] blob) {
        KnownHosts hosts = knownHosts(target);
        KnownHosts.Verdict verdict = hosts.check(target.hostKeyName(), target.port(), blob);
        if (verdict instanceof KnownHosts.Verdict.Unknown && target.hostKeyPolicy() == HostKeyPolicy.ACCEPT_NEW) {
            Path file = target.knownHostsFiles().isEmpty() ? recordFile : target.knownHostsFiles().get(0);
            hosts.record(file, target.hostKeyName(), target.port(), keyType, blob);
            loaded.clear();
            LOG.warn("accepted the new host key {} {} for {} and recorded it in {}", keyType,
                    KnownHosts.fingerprint(blob), KnownHosts.lookupName(target.hostKeyName(), target.port()), file);
            return new KnownHosts.Verdict.Trusted(file + " (recorded now)");
        }
        return verdict;
    }

    /** The files consulted for the target, for messages. */
    synchronized List<Path> files(SshTarget target) {
        return filesFor(target);
    }
}
