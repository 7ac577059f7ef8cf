package io.ironbook.remote;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The host keys listed in OpenSSH known_hosts files: plain and hashed ({@code |1|salt|hash}) host
 * fields, patterns with {@code *}, {@code ?} and {@code !}, {@code [host]:port} entries and
 * {@code @revoked} markers. {@code @cert-authority} lines are ignored (host certificates are not
 * supported). Keys are compared as SSH wire-format blobs, so this class needs no SSH library.
 */
public final class KnownHosts {

    /** One usable line of a known_hosts file. */
    record Entry(Path file, int line, boolean revoked, List<String> hostPatterns, String keyType, byte[] blob) {

        boolean matches(String lookup) {
            boolean matched = false;
            for (String pattern : hostPatterns) {
                if (pattern.startsWith("|1|")) {
                    matched |= hashedMatches(pattern, lookup);
                } else if (pattern.startsWith("!")) {
                    if (Glob.matches(pattern.substring(1).toLowerCase(Locale.ROOT), lookup)) {
                        return false;
                    }
                } else {
                    matched |= Glob.matches(pattern.toLowerCase(Locale.ROOT), lookup);
                }
            }
            return matched;
        }

        String location() {
            return file + ":" + line;
        }
    }

    /** What the files say about a key a host presented. */
    public sealed interface Verdict {
        /** The key is listed for the host, at the given file:line. */
        record Trusted(String location) implements Verdict { }

        /** The host has no listed key. */
        record Unknown() implements Verdict { }

        /** The host has listed keys and this is none of them. */
        record Changed(String location, String listedFingerprint) implements Verdict { }

        /** The key is marked {@code @revoked} for the host. */
        record Revoked(String location) implements Verdict { }
    }

    private final List<Path> files;
    private final List<Entry> entries;

    private KnownHosts(List<Path> files, List<Entry> entries) {
        this.files = List.copyOf(files);
        this.entries = List.copyOf(entries);
    }

    /**
     * Reads the files that exist, in order; missing files list nothing.
     *
     * @throws InvalidConfigException when a line is malformed beyond an unknown key type
     */
    public static KnownHosts load(List<Path> files) {
        List<Entry> entries = new ArrayList<>();
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                continue;
            }
            try {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    parseLine(file, i + 1, lines.get(i)).ifPresent(entries::add);
                }
            } catch (IOException e) {
                throw new InvalidConfigException(file, 0, "cannot read: " + e.getMessage());
            }
        }
        return new KnownHosts(files, entries);
    }

    private static Optional<Entry> parseLine(Path file, int lineNo, String raw) {
        String line = raw.strip();
        if (line.isEmpty() || line.startsWith("#")) {
            return Optional.empty();
        }
        String[] fields = line.split("\\s+");
        int at = 0;
        boolean revoked = false;
        if (fields[0].startsWith("@")) {
            if (fields[0].equals("@cert-authority")) {
                return Optional.empty();
            }
            if (!fields[0].equals("@revoked")) {
                throw new InvalidConfigException(file, lineNo, "unknown marker '" + fields[0] + "'");
            }
            revoked = true;
            at = 1;
        }
        if (fields.length < at + 3) {
            throw new InvalidConfigException(file, lineNo, "expected 'hosts keytype base64-key'");
        }
        byte[] blob;
        try {
            blob = Base64.getDecoder().decode(fields[at + 2]);
        } catch (IllegalArgumentException e) {
            throw new InvalidConfigException(file, lineNo, "the key is not valid base64");
        }
        List<String> patterns = Arrays.asList(fields[at].split(","));
        return Optional.of(new Entry(file, lineNo, revoked, patterns, fields[at + 1], blob));
    }

    /** The files consulted, in order. */
    public List<Path> files() {
        return files;
    }

    /** The name known_hosts lists a host under: {@code host} on port 22, else {@code [host]:port}. */
    public static String lookupName(String host, int port) {
        String name = host.toLowerCase(Locale.ROOT);
        return port == 22 ? name : "[" + name + "]:" + port;
    }

    /** Judges the key (an SSH wire-format blob) the host presented. */
    public Verdict check(String host, int port, byte[] presented) {
        String lookup = lookupName(host, port);
        Entry other = null;
        Entry trusted = null;
        for (Entry entry : entries) {
            if (!entry.matches(lookup)) {
                continue;
            }
            boolean same = Arrays.equals(entry.blob, presented);
            if (entry.revoked) {
                if (same) {
                    return new Verdict.Revoked(entry.location());
                }
            } else if (same) {
                trusted = trusted == null ? entry : trusted;
            } else if (other == null) {
                other = entry;
            }
        }
        if (trusted != null) {
            return new Verdict.Trusted(trusted.location());
        }
        if (other != null) {
            return new Verdict.Changed(other.location(), fingerprint(other.blob));
        }
        return new Verdict.Unknown();
    }

    /** The key types listed (and not revoked) for the host, so that the client asks for those. */
    public List<String> keyTypes(String host, int port) {
        String lookup = lookupName(host, port);
        return entries.stream().filter(e -> !e.revoked && e.matches(lookup)).map(Entry::keyType).distinct().toList();
    }

    /**
     * Appends a line for the host to the file (creating it and its folder) and returns a KnownHosts
     * that also lists it.
     */
    public KnownHosts record(Path file, String host, int port, String keyType, byte[] blob) {
        String line = lookupName(host, port) + " " + keyType + " " + Base64.getEncoder().encodeToString(blob) + "\n";
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            int lineNo = Files.isRegularFile(file) ? Files.readAllLines(file).size() + 1 : 1;
            byte[] existing = Files.isRegularFile(file) ? Files.readAllBytes(file) : new byte[0];
            String prefix = existing.length > 0 && existing[existing.length - 1] != '\n' ? "\n" : "";
            Files.writeString(file, prefix + line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            List<Entry> more = new ArrayList<>(entries);
            more.add(new Entry(file, lineNo, false, List.of(lookupName(host, port)), keyType, blob));
            List<Path> allFiles = new ArrayList<>(files);
            if (!allFiles.contains(file)) {
                allFiles.add(file);
            }
            return new KnownHosts(allFiles, more);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot record the host key in " + file, e);
        }
    }

    /** The key's fingerprint as OpenSSH prints it: {@code SHA256:} and unpadded base64. */
    public static String fingerprint(byte[] blob) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(blob);
            return "SHA256:" + Base64.getEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean hashedMatches(String field, String lookup) {
        String[] parts = field.split("\\|");
        if (parts.length != 4) {
            return false;
        }
        try {
            byte[] salt = Base64.getDecoder().decode(parts[2]);
            byte[] expected = Base64.getDecoder().decode(parts[3]);
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(salt, "HmacSHA1"));
            byte[] actual = mac.doFinal(lookup.getBytes(StandardCharsets.UTF_8));
            return MessageDigest.isEqual(expected, actual);
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            return false;
        }
    }
}
