package io.ironbook.diagnose.evidence;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code kubeadm-certs.txt}, the table of {@code kubeadm certs check-expiration}: one
 * {@code cert} fact per certificate or CA row; {@code expired} is true when kubeadm prints the
 * residual time as {@code <invalid>} (or a negative one).
 */
public final class CertExpiryParser implements FactParser {

    private static final Pattern ROW = Pattern.compile(
            "^(\\S+)\\s+([A-Z][a-z]{2} \\d{1,2}, \\d{4} \\d{2}:\\d{2} [A-Z]+)\\s+(\\S+)");

    @Override
    public void parse(String file, List<String> lines, BundleMeta meta, FactSink sink) {
        for (int i = 0; i < lines.size(); i++) {
            String line = PastedText.clean(lines.get(i)).strip();
            Matcher m = ROW.matcher(line);
            if (m.find()) {
                String residual = m.group(3);
                boolean expired = "<invalid>".equals(residual) || residual.startsWith("-");
                sink.add("cert", PastedText.attrs("name", m.group(1), "expires", m.group(2), "residual", residual,
                        "expired", String.valueOf(expired)), PastedText.at(file, i, line));
                sink.covers("cert");
            }
        }
    }
}
