package io.ironbook.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Something that happened in a run: the engine reports every one to its listeners and its journal. */
public sealed interface RunEvent {

    /** When it happened. */
    Instant at();

    /** The run began: what runs, with which params (secrets redacted), on which nodes. */
    record RunStarted(Instant at, String runId, String runbook, String version, Map<String, String> params)
            implements RunEvent {
        public RunStarted {
            params = Map.copyOf(params);
        }
    }

    /** A fact the run recorded to check the world later, such as a node's boot id before a halt. */
    record FactRecorded(Instant at, String name, String value) implements RunEvent {
    }

    /** A step began on these nodes. */
    record StepStarted(Instant at, String stepId, String title, List<String> nodes) implements RunEvent {
        public StepStarted {
            nodes = List.copyOf(nodes);
        }
    }

    /** One line of a step's output. */
    record OutputLine(Instant at, String stepId, String node, String stream, String text) implements RunEvent {
    }

    /** The step is waiting: for what, and for how long so far. */
    record Waiting(Instant at, String stepId, String what, Duration elapsed) implements RunEvent {
    }

    /** A gate asks the operator. */
    record GateAsked(Instant at, String stepId, GateRequest request) implements RunEvent {
    }

    /** The operator answered a gate. */
    record GateAnswered(Instant at, String stepId, boolean accepted, String how) implements RunEvent {
    }

    /** A step ended. */
    record StepFinished(Instant at, String stepId, StepStatus status, String summary, Duration duration)
            implements RunEvent {
        public StepFinished {
            Objects.requireNonNull(status);
        }
    }

    /** The run ended. */
    record RunFinished(Instant at, RunStatus status, String message) implements RunEvent {
        public RunFinished {
            Objects.requireNonNull(status);
        }
    }
}
