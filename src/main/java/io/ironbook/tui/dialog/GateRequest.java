package io.ironbook.tui.dialog;

import java.util.List;
import java.util.Objects;

/**
 * What a gate asks the operator: a title, what will happen (commands, hosts, the drain's dry run), and how
 * the operator agrees.
 *
 * @param title the question, e.g. "Drain k8s-worker-01?"
 * @param lines what will happen, one line each
 * @param kind how the operator agrees
 * @param expected for TYPED, the exact text to type; empty otherwise
 * @param okLabel the label of the button that agrees ("Cordon", "Drain")
 */
public record GateRequest(String title, List<String> lines, Kind kind, String expected, String okLabel) {

    /** How the operator agrees. */
    public enum Kind {
        /** A plain yes: OK. */
        CONFIRM,
        /** OK only once the expected text is typed exactly. */
        TYPED,
        /** Nothing to agree to: the dialog only explains (e.g. why a drain cannot go on) and closes. */
        NOTICE
    }

    public GateRequest {
        Objects.requireNonNull(title, "title");
        lines = List.copyOf(lines);
        Objects.requireNonNull(kind, "kind");
        expected = expected == null ? "" : expected;
        okLabel = okLabel == null || okLabel.isBlank() ? "OK" : okLabel;
        if (kind == Kind.TYPED && expected.isEmpty()) {
            throw new IllegalArgumentException("a typed gate needs the text to type");
        }
    }

    public static GateRequest confirm(String title, List<String> lines, String okLabel) {
        return new GateRequest(title, lines, Kind.CONFIRM, "", okLabel);
    }

    public static GateRequest typed(String title, List<String> lines, String expected, String okLabel) {
        return new GateRequest(title, lines, Kind.TYPED, expected, okLabel);
    }

    public static GateRequest notice(String title, List<String> lines) {
        return new GateRequest(title, lines, Kind.NOTICE, "", "Close");
    }
}
