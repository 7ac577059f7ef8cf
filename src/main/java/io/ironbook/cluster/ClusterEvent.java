package io.ironbook.cluster;

import java.time.Instant;
import java.util.Optional;

/** One Kubernetes event about an object, as {@code kubectl describe} lists it. */
public record ClusterEvent(String type, String reason, String message, String source, int count,
        Optional<Instant> firstSeen, Optional<Instant> lastSeen) {

    public ClusterEvent {
        type = type == null ? "" : type;
        reason = reason == null ? "" : reason;
        message = message == null ? "" : message;
        source = source == null ? "" : source;
    }
}
