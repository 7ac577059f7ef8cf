package io.ironbook.diagnose.evidence;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One structured fact a parser read from a bundle file: a mount, a unit's state, a Node condition.
 * Rules test facts by {@link #kind()} and attribute (see {@link FactKinds} for the catalogue).
 *
 * @param kind       the fact's kind, e.g. {@code mount}
 * @param attributes its attributes by name, all as text (numbers and booleans too)
 * @param evidence   the line that shows it
 * @param attributeEvidence for facts read from several lines (a config file), the line that shows
 *                   each attribute; attributes not listed are shown by {@code evidence}
 */
public record Fact(String kind, Map<String, String> attributes, EvidenceLine evidence,
                   Map<String, EvidenceLine> attributeEvidence) {

    public Fact {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(evidence, "evidence");
        attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
        attributeEvidence = Map.copyOf(attributeEvidence);
    }

    /** A fact shown by one line. */
    public Fact(String kind, Map<String, String> attributes, EvidenceLine evidence) {
        this(kind, attributes, evidence, Map.of());
    }

    /** The line that shows an attribute. */
    public EvidenceLine evidenceOf(String attribute) {
        return attributeEvidence.getOrDefault(attribute, evidence);
    }

    /** The attribute's value, or the empty string when the fact does not have it. */
    public String get(String name) {
        return attributes.getOrDefault(name, "");
    }
}
