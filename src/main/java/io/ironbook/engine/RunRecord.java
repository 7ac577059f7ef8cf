package io.ironbook.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A run as its journal tells it: the header, every event in order, and what follows from them —
 * each step's last known status, the facts recorded, and how the run ended (if it did).
 */
public record RunRecord(RunHeader header, List<RunEvent> events) {

    public RunRecord {
        events = List.copyOf(events);
    }

    /** Each step's last known status, in the order the steps first appeared. */
    public Map<String, StepStatus> stepStatuses() {
        Map<String, StepStatus> statuses = new LinkedHashMap<>();
        for (RunEvent event : events) {
            if (event instanceof RunEvent.StepStarted e) {
                statuses.put(e.stepId(), StepStatus.RUNNING);
            } else if (event instanceof RunEvent.GateAsked e) {
                statuses.put(e.stepId(), StepStatus.GATED);
            } else if (event instanceof RunEvent.StepFinished e) {
                statuses.put(e.stepId(), e.status());
            }
        }
        return statuses;
    }

    /** The facts recorded, latest value of each. */
    public Map<String, String> facts() {
        Map<String, String> facts = new LinkedHashMap<>();
        for (RunEvent event : events) {
            if (event instanceof RunEvent.FactRecorded e) {
                facts.put(e.name(), e.value());
            }
        }
        return facts;
    }

    /** How the run ended, or empty when it never finished (a crash, a closed terminal). */
    public Optional<RunEvent.RunFinished> finish() {
        for (int i = events.size() - 1; i >= 0; i--) {
            if (events.get(i) instanceof RunEvent.RunFinished f) {
                return Optional.of(f);
            }
            if (events.get(i) instanceof RunEvent.RunStarted) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the run stopped without finishing, failed, or was refused after it had begun its steps (an
     * interlock, kured's lock), and may be resumed.
     */
    public boolean resumable() {
        return finish().map(f -> f.status() == RunStatus.FAILED || f.status() == RunStatus.CANCELLED
                || f.status() == RunStatus.REFUSED && events.stream().anyMatch(e -> e instanceof RunEvent.StepStarted)).orElse(true);
    }

    /** "finished SUCCEEDED", "interrupted", ... for listings. */
    public String state() {
        return finish().map(f -> f.status().name().toLowerCase(java.util.Locale.ROOT)).orElse("interrupted");
    }

    /** When the last event happened. */
    public Instant lastActivity() {
        return events.isEmpty() ? header.started() : events.get(events.size() - 1).at();
    }

    /** The gate answers, in order, as "step: accepted/declined (how)". */
    public List<String> gateAnswers() {
        List<String> answers = new ArrayList<>();
        for (RunEvent event : events) {
            if (event instanceof RunEvent.GateAnswered e) {
                answers.add(e.stepId() + ": " + (e.accepted() ? "accepted" : "declined") + " (" + e.how() + ")");
            }
        }
        return answers;
    }
}
