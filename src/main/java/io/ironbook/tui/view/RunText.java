package io.ironbook.tui.view;

import io.ironbook.engine.RunStatus;
import io.ironbook.engine.StepStatus;
import io.ironbook.tui.render.Glyphs;
import io.ironbook.tui.render.StyledLine;
import io.ironbook.tui.theme.StyleKey;
import io.ironbook.tui.widget.RunPane;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The run screen's text: one line per step (marker, state word, id, title, nodes, duration), the line of the
 * current wait or the run's end, and the output lines (all, or those matching the search). Every state has a
 * word as well as a colour and a marker.
 */
final class RunText {

    private RunText() {
    }

    /** The pane's content for this progress at {@code now}; {@code search} keeps the matching output lines. */
    static RunPane.Content content(RunProgress progress, Instant now, Glyphs glyphs, String search) {
        List<StyledLine> steps = new ArrayList<>();
        int currentIndex = 0;
        int index = 0;
        for (RunProgress.StepRow row : progress.steps()) {
            if (progress.current().filter(row.id()::equals).isPresent()) {
                currentIndex = index;
            }
            steps.add(step(row, now, glyphs));
            index++;
        }
        List<StyledLine> output = new ArrayList<>();
        if (progress.dropped() > 0) {
            output.add(StyledLine.of(glyphs.ellipsis() + " " + progress.dropped()
                    + " earlier lines are in the journal's side file", StyleKey.MUTED));
        }
        String needle = search.toLowerCase(Locale.ROOT);
        for (RunProgress.Output line : progress.output()) {
            String text = line.display();
            if (needle.isEmpty() || text.toLowerCase(Locale.ROOT).contains(needle)) {
                output.add(StyledLine.of(text, "stderr".equals(line.stream()) ? StyleKey.REASON
                        : "gate".equals(line.stream()) ? StyleKey.TITLE : StyleKey.ROW));
            }
        }
        if (output.size() == (progress.dropped() > 0 ? 1 : 0)) {
            output.add(StyledLine.of(needle.isEmpty() ? "no output yet" : "no output line matches '" + search + "'",
                    StyleKey.MUTED));
        }
        return new RunPane.Content(steps, currentIndex, status(progress, now, glyphs), output);
    }

    private static StyledLine step(RunProgress.StepRow row, Instant now, Glyphs glyphs) {
        StyledLine.Builder line = new StyledLine.Builder();
        String word = row.status().name().toLowerCase(Locale.ROOT);
        line.add(marker(row.status(), glyphs) + " " + pad(word, 8), style(row.status()));
        line.add(pad(row.id(), 22) + " ", StyleKey.ROW);
        Optional<Duration> took = row.duration().or(() -> running(row.status())
                ? row.started().map(start -> Duration.between(start, now)) : Optional.empty());
        line.add(pad(took.map(RunText::clock).orElse(""), 7) + " ", StyleKey.MUTED);
        String nodes = row.nodes().isEmpty() ? "" : " [" + String.join(",", row.nodes()) + "]";
        line.add(row.title() + nodes, StyleKey.ROW);
        if (!row.summary().isBlank() && row.status() != StepStatus.DONE) {
            line.add("  " + glyphs.dash() + " " + row.summary(), style(row.status()));
        }
        return line.build();
    }

    private static StyledLine status(RunProgress progress, Instant now, Glyphs glyphs) {
        if (progress.failure().isPresent()) {
            return StyledLine.of(" Not started: " + progress.failure().get(), StyleKey.MESSAGE_ERROR);
        }
        if (progress.finished().isPresent()) {
            RunStatus status = progress.finished().get().status();
            String text = " Run " + progress.state() + ". Esc goes back; the journal (j) keeps it"
                    + (status == RunStatus.FAILED || status == RunStatus.CANCELLED ? " and can resume it." : ".");
            return StyledLine.of(text, status == RunStatus.SUCCEEDED ? StyleKey.MESSAGE_OK : StyleKey.MESSAGE_ERROR);
        }
        Optional<RunProgress.Wait> wait = progress.waiting();
        if (wait.isPresent()) {
            Duration elapsed = wait.get().elapsed().plus(Duration.between(wait.get().seen(), now));
            return StyledLine.of(" Waiting " + clock(elapsed) + " for " + wait.get().what() + glyphs.ellipsis(),
                    StyleKey.REASON);
        }
        String since = progress.started().map(start -> " for " + clock(Duration.between(start, now))).orElse("");
        return StyledLine.of(" Running" + since + ": " + progress.state(), StyleKey.TITLE);
    }

    private static boolean running(StepStatus status) {
        return status == StepStatus.RUNNING || status == StepStatus.WAITING || status == StepStatus.GATED;
    }

    private static String marker(StepStatus status, Glyphs glyphs) {
        boolean u = glyphs.unicode();
        return switch (status) {
            case PENDING -> u ? "·" : ".";
            case RUNNING -> u ? "▶" : ">";
            case WAITING -> u ? "◷" : "~";
            case GATED -> "?";
            case DONE -> u ? "✓" : "+";
            case FAILED -> u ? "✗" : "x";
            case SKIPPED -> u ? "–" : "-";
        };
    }

    private static StyleKey style(StepStatus status) {
        return switch (status) {
            case DONE -> StyleKey.STATUS_READY;
            case FAILED -> StyleKey.STATUS_NOT_READY;
            case RUNNING, WAITING, GATED -> StyleKey.STATUS_UNKNOWN;
            case PENDING, SKIPPED -> StyleKey.MUTED;
        };
    }

    /** {@code 1:05}, {@code 1:02:03}. */
    static String clock(Duration duration) {
        long seconds = Math.max(0, duration.getSeconds());
        if (seconds >= 3600) {
            return String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
        }
        return String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
    }

    private static String pad(String text, int width) {
        return text.length() >= width ? text : text + " ".repeat(width - text.length());
    }
}
