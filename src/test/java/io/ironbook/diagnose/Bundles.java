package io.ironbook.diagnose;

import io.ironbook.diagnose.evidence.EvidenceBundle;
import java.util.LinkedHashMap;
import java.util.Map;

/** Builds small in-memory bundles for tests and diagnoses them with the shipped rules. */
final class Bundles {

    static final Diagnoser DIAGNOSER = Diagnoser.withShippedRules(RemediationIndex.empty());

    private final Map<String, String> files = new LinkedHashMap<>();

    static Bundles with(String file, String... lines) {
        return new Bundles().and(file, lines);
    }

    Bundles and(String file, String... lines) {
        files.merge(file, String.join("\n", lines) + "\n", String::concat);
        return this;
    }

    Map<String, String> files() {
        return files;
    }

    DiagnosisReport diagnose() {
        return DIAGNOSER.diagnose(EvidenceBundle.ofTexts(files));
    }
}
