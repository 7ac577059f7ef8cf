package io.ironbook.engine;

/**
 * The operator's answer to a gate.
 *
 * @param accepted whether the operator said yes (for a typed gate: typed something)
 * @param typed    what the operator typed, for a typed gate; the engine compares it itself
 * @param how      how the answer was given, for the journal ("terminal", "stdin", "--yes", "console")
 */
public record GateAnswer(boolean accepted, String typed, String how) {

    public static GateAnswer declined(String how) {
        return new GateAnswer(false, "", how);
    }

    public static GateAnswer confirmed(String how) {
        return new GateAnswer(true, "", how);
    }

    public static GateAnswer typed(String text, String how) {
        return new GateAnswer(true, text, how);
    }
}
