package io.ironbook.engine;

/**
 * Asks the operator before a gated step runs. The console implements it with dialogs (Cancel
 * focused), the line mode with prompts. Implementations only ask; the engine decides whether the
 * answer opens the gate (a typed gate opens only when the typed text matches exactly).
 */
@FunctionalInterface
public interface Gate {

    /** Blocks until the operator answers. An interrupt means the operator cancelled. */
    GateAnswer ask(GateRequest request) throws InterruptedException;
}
