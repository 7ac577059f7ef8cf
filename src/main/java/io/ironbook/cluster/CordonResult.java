package io.ironbook.cluster;

import java.util.Optional;

/**
 * What a cordon or uncordon did to one node.
 *
 * @param node the node
 * @param outcome what happened
 * @param mark who had cordoned the node through ironbook, if anyone (before an uncordon, the mark removed)
 */
public record CordonResult(String node, Outcome outcome, Optional<CordonMark> mark) {

    /** The possible outcomes; the message of each is what kubectl would print. */
    public enum Outcome {
        CORDONED("cordoned"),
        ALREADY_CORDONED("already cordoned"),
        UNCORDONED("uncordoned"),
        ALREADY_UNCORDONED("already uncordoned"),
        /** Uncordon limited to a run, and the node was cordoned by someone else: left cordoned. */
        LEFT_CORDONED("left cordoned: not cordoned by this run");

        private final String text;

        Outcome(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }
    }

    /** {@code node/worker-1 cordoned}, kubectl's wording, with who cordoned it when we know. */
    public String message() {
        String line = "node/" + node + " " + outcome.text();
        if (outcome == Outcome.LEFT_CORDONED || outcome == Outcome.ALREADY_CORDONED) {
            line += mark.map(m -> " (cordoned by " + m.by() + (m.runId().isEmpty() ? "" : " in run " + m.runId())
                    + (m.reason().isEmpty() ? "" : ": " + m.reason()) + ")").orElse(" (not by ironbook)");
        }
        return line;
    }
}
