package io.ironbook.diagnose.evidence;

import java.util.Map;

/** Where a {@link FactParser} puts what it read. */
public interface FactSink {

    /** Records a fact. */
    void add(String kind, Map<String, String> attributes, EvidenceLine evidence);

    /** Records a fact read from several lines, with the line that shows each attribute. */
    default void add(String kind, Map<String, String> attributes, EvidenceLine evidence,
                     Map<String, EvidenceLine> attributeEvidence) {
        add(kind, attributes, evidence);
    }

    /**
     * Says that the bundle shows this kind of fact at all (a mounts table was read), so that the
     * absence of a fact of that kind means "not there" rather than "unknown".
     */
    void covers(String kind);

    /** Names the node the bundle is about, when the file says so. */
    void node(String name, int confidence);

    /** Notes a problem with the file that the report should mention (never fatal). */
    void note(String message);
}
