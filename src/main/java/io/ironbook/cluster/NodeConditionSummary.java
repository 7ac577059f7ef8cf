package io.ironbook.cluster;

/** One condition of a Node, as the kubelet or Node Problem Detector reported it. */
public record NodeConditionSummary(String type, String status, String reason, String message) {

    public NodeConditionSummary {
        type = type == null ? "" : type;
        status = status == null ? "" : status;
        reason = reason == null ? "" : reason;
        message = message == null ? "" : message;
    }
}
