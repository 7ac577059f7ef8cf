package io.ironbook.tui.render;

import io.ironbook.engine.RunEvent;
import io.ironbook.engine.RunHeader;
import io.ironbook.engine.RunRecord;
import io.ironbook.engine.StepStatus;
import io.ironbook.tui.theme.StyleKey;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One run as its journal tells it, laid out for a width: who ran what where, each step's last status, then
 * every event in order (steps started and finished, gates asked and how they were answered, waits, facts,
 * how the run ended). Consecutive waits of one step show as their last.
 */
public final class JournalRunText {
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private JournalRunText() {
    }

    /**
     * The run's lines.
     *
     * @param resumeHint what to say when the run can be resumed (e.g. "R resumes it"); empty when it cannot be
     *        resumed from here (read-only)
     * @param going whether the run is still going in this console
     */
    public static List<StyledLine> lines(RunRecord run, ZoneId zone, Glyphs glyphs, int width, String resumeHint,
            boolean going) {
        RunHeader header = run.header();
        List<StyledLine> out = new ArrayList<>();
        StyledLine.Builder title = new StyledLine.Builder().add(JournalText.ref(header) + "  ", StyleKey.TITLE)
                .add(JournalText.state(run, glyphs), JournalText.stateStyle(run));
        run.finish().filter(f -> !f.message().isEmpty()).ifPresent(f -> title.add("  " + f.message(), StyleKey.ROW));
        out.add(title.build());
        if (going) {
            out.add(StyledLine.of("it is still going in this console" + (resumeHint.isEmpty() ? ""
                    : ": " + resumeHint.replace("resumes it", "returns to its screen")), StyleKey.REASON));
        } else if (run.resumable()) {
            out.add(StyledLine.of(resumeHint.isEmpty() ? "it can be resumed: ironbook journal resume " + header.runId()
                    : "it can be resumed: " + resumeHint, StyleKey.REASON));
        }
        out.addAll(Wrapping.wrap("run " + header.runId() + "   started " + DAY_TIME.format(header.started()
                .atZone(zone)) + " by " + header.user() + "@" + header.host(), width, "", "  ", StyleKey.ROW));
        out.addAll(Wrapping.wrap("context " + header.context() + "   server " + header.server(), width, "", "  ",
                StyleKey.ROW));
        String params = JournalText.params(header.params());
        out.addAll(Wrapping.wrap("params " + (params.isEmpty() ? "none" : params), width, "", "  ", StyleKey.ROW));
        out.add(StyledLine.of(glyphs.fit("runbook from " + header.source() + "   sha256 " + header.sha256(), width),
                StyleKey.MUTED));
        out.add(StyledLine.blank());
        out.add(StyledLine.of("Steps", StyleKey.TITLE));
        Map<String, StepStatus> steps = run.stepStatuses();
        if (steps.isEmpty()) {
            out.add(StyledLine.of("  no step started", StyleKey.MUTED));
        }
        steps.forEach((step, status) -> out.add(new StyledLine.Builder().add("  " + symbol(status, glyphs) + " ",
                style(status)).add(step + "  ", StyleKey.ROW).add(status.name().toLowerCase(Locale.ROOT),
                style(status)).build()));
        out.add(StyledLine.blank());
        out.add(StyledLine.of("Events (oldest first)", StyleKey.TITLE));
        List<RunEvent> events = run.events();
        for (int i = 0; i < events.size(); i++) {
            RunEvent event = events.get(i);
            if (event instanceof RunEvent.Waiting wait && i + 1 < events.size()
                    && events.get(i + 1) instanceof RunEvent.Waiting next && next.stepId().equals(wait.stepId())) {
                continue;
            }
            event(out, event, zone, glyphs, width);
        }
        if (run.finish().isEmpty()) {
            out.add(StyledLine.of("  (the journal ends here: the run never finished)", StyleKey.STATUS_UNKNOWN));
        }
        return out;
    }

    private static void event(List<StyledLine> out, RunEvent event, ZoneId zone, Glyphs glyphs, int width) {
        String at = "  " + TIME.format(event.at().atZone(zone)) + "  ";
        String indent = " ".repeat(at.length() + 2);
        StyleKey style = StyleKey.ROW;
        String text;
        if (event instanceof RunEvent.RunStarted e) {
            String params = JournalText.params(e.params());
            text = "run started: " + e.runbook() + "@" + e.version() + (params.isEmpty() ? "" : " " + params);
        } else if (event instanceof RunEvent.FactRecorded e) {
            text = "fact " + e.name() + " = " + e.value();
            style = StyleKey.MUTED;
        } else if (event instanceof RunEvent.StepStarted e) {
            text = glyphs.arrow() + " " + e.stepId() + ": " + e.title()
                    + (e.nodes().isEmpty() ? "" : " (on " + String.join(", ", e.nodes()) + ")");
        } else if (event instanceof RunEvent.Waiting e) {
            text = "  waiting: " + e.what() + " (" + Ages.compact(e.elapsed()) + ")";
            style = StyleKey.MUTED;
        } else if (event instanceof RunEvent.GateAsked e) {
            text = "  gate " + (e.request().manual() ? "(manual) " : e.request().typed() ? "(typed) " : "")
                    + e.request().title();
            style = StyleKey.REASON;
        } else if (event instanceof RunEvent.GateAnswered e) {
            text = "  " + (e.accepted() ? "accepted" : "declined") + " (" + e.how() + ")";
            style = e.accepted() ? StyleKey.ROW : StyleKey.STATUS_NOT_READY;
        } else if (event instanceof RunEvent.StepFinished e) {
            text = symbol(e.status(), glyphs) + " " + e.stepId() + " " + e.status().name().toLowerCase(Locale.ROOT)
                    + duration(e.duration()) + (e.summary().isEmpty() ? "" : ": " + e.summary());
            style = style(e.status());
        } else if (event instanceof RunEvent.RunFinished e) {
            text = "run finished: " + e.status().name().toLowerCase(Locale.ROOT)
                    + (e.message().isEmpty() ? "" : ": " + e.message());
            style = StyleKey.TITLE;
        } else if (event instanceof RunEvent.OutputLine e) {
            text = "  " + e.node() + " " + e.stream() + ": " + e.text();
            style = StyleKey.MUTED;
        } else {
            text = event.toString();
        }
        List<StyledLine> wrapped = Wrapping.wrap(text, width - at.length(), "", "  ", style);
        for (int i = 0; i < wrapped.size(); i++) {
            StyledLine part = wrapped.get(i);
            out.add(new StyledLine.Builder().add(i == 0 ? at : indent.substring(2), StyleKey.MUTED)
                    .add(part.text(), style).build());
        }
    }

    private static String duration(Duration duration) {
        return duration == null || duration.isZero() ? "" : " in " + Ages.compact(duration);
    }

    private static String symbol(StepStatus status, Glyphs glyphs) {
        return switch (status) {
            case DONE -> glyphs.ready();
            case SKIPPED -> glyphs.dash();
            case FAILED -> glyphs.notReady();
            default -> glyphs.unknown();
        };
    }

    private static StyleKey style(StepStatus status) {
        return switch (status) {
            case DONE -> StyleKey.STATUS_READY;
            case SKIPPED -> StyleKey.MUTED;
            case FAILED -> StyleKey.STATUS_NOT_READY;
            default -> StyleKey.STATUS_UNKNOWN;
        };
    }
}
