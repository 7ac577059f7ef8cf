package io.ironbook.cluster;

import java.time.Instant;
import java.util.Optional;

/**
 * Who cordoned a node through ironbook and why, read from the annotations ironbook writes when it
 * cordons ({@link CordonMark#CORDONED_BY} and friends). A node cordoned by someone else carries none.
 *
 * @param by the operator, as {@code user@host}
 * @param runId the run that cordoned the node; empty for a cordon from the command line without one
 * @param reason free text the operator gave; may be empty
 * @param at when ironbook cordoned the node, if recorded
 */
public record CordonMark(String by, String runId, String reason, Optional<Instant> at) {
    /** Annotation naming the operator who cordoned the node through ironbook. */
    public static final String CORDONED_BY = "ironbook.io/cordoned-by";
    /** Annotation naming the run that cordoned the node. */
    public static final String CORDON_RUN = "ironbook.io/cordon-run";
    /** Annotation holding the reason given for the cordon. */
    public static final String CORDON_REASON = "ironbook.io/cordon-reason";
    /** Annotation holding when the cordon happened (RFC 3339). */
    public static final String CORDONED_AT = "ironbook.io/cordoned-at";

    public CordonMark {
        by = by == null ? "" : by;
        runId = runId == null ? "" : runId;
        reason = reason == null ? "" : reason;
        at = at == null ? Optional.empty() : at;
    }
}
