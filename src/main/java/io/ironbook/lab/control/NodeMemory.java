package io.ironbook.lab.control;

import java.time.Instant;

/** What the control side remembers about one node between ticks. Guarded by the control loop's thread. */
final class NodeMemory {
    Instant lastRenew;
    Instant lastStatusPost = Instant.EPOCH;
    String lastSignature = "";
    boolean unknown;
    Instant created;
}
