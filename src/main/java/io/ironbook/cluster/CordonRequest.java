package io.ironbook.cluster;

/**
 * Who cordons a node and why, written onto the node as annotations so that a later uncordon can tell
 * ironbook's cordon from an operator's own.
 *
 * @param operator who asks, as {@code user@host}
 * @param runId the run on whose behalf ironbook cordons; empty from the command line
 * @param reason free text; may be empty
 */
public record CordonRequest(String operator, String runId, String reason) {

    public CordonRequest {
        operator = operator == null || operator.isBlank() ? "unknown" : operator;
        runId = runId == null ? "" : runId;
        reason = reason == null ? "" : reason;
    }
}
