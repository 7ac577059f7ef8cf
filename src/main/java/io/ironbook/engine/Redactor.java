package io.ironbook.engine;

import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Removes secrets from text before it reaches a journal, a log or a screen: the values of secret
 * params and captures, and what looks like a secret whatever its source (kubeadm bootstrap tokens,
 * certificate keys, passwords, bearer tokens, private keys).
 */
public final class Redactor {

    /** What a secret is replaced with. */
    public static final String MASK = "••••";

    private static final Pattern[] PATTERNS = {
        Pattern.compile("\\b[a-z0-9]{6}\\.[a-z0-9]{16}\\b"),
        Pattern.compile("(?i)(--certificate-key[= ]+)[0-9a-f]{16,}"),
        Pattern.compile("(?i)((?:password|passwd|secret|token)\\s*[=:]\\s*)(\\S+)"),
        Pattern.compile("(?i)(--(?:password|token)[= ]+)(\\S+)"),
        Pattern.compile("(?i)(bearer\\s+)[A-Za-z0-9._~+/=-]{8,}"),
        Pattern.compile("(?m)^(\\s*)[0-9a-f]{64}\\s*$"),
    };

    private final Supplier<List<String>> secrets;

    /** @param secrets the exact texts to hide, asked anew for each line (captures grow during a run) */
    public Redactor(Supplier<List<String>> secrets) {
        this.secrets = secrets;
    }

    public String redact(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String out = text;
        for (String secret : secrets.get()) {
            if (secret.length() >= 4) {
                out = out.replace(secret, MASK);
            }
        }
        out = PATTERNS[0].matcher(out).replaceAll(MASK);
        out = PATTERNS[1].matcher(out).replaceAll("$1" + MASK);
        out = PATTERNS[2].matcher(out).replaceAll("$1" + MASK);
        out = PATTERNS[3].matcher(out).replaceAll("$1" + MASK);
        out = PATTERNS[4].matcher(out).replaceAll("$1" + MASK);
        out = PATTERNS[5].matcher(out).replaceAll("$1" + MASK);
        if (out.contains("PRIVATE KEY-----")) {
            return MASK + " (private key)";
        }
        return out;
    }
}
