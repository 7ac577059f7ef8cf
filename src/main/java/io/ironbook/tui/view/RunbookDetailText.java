package io.ironbook.tui.view;

import io.ironbook.runbook.Gate;
import io.ironbook.runbook.Param;
import io.ironbook.runbook.Runbook;
import io.ironbook.runbook.Step;
import io.ironbook.runbook.StepSummary;
import io.ironbook.tui.render.Glyphs;
import io.ironbook.tui.render.StyledLine;
import io.ironbook.tui.theme.StyleKey;
import java.util.ArrayList;
import java.util.List;

/**
 * What the runbook screen says of the selected runbook before it starts: title, description, lifecycle, what
 * it remedies, its params, and each step with what it runs and its gate.
 */
final class RunbookDetailText {

    private RunbookDetailText() {
    }

    static List<StyledLine> lines(Runbook runbook, Glyphs glyphs, boolean canStart) {
        List<StyledLine> out = new ArrayList<>();
        out.add(StyledLine.of(runbook.id() + " " + runbook.version() + "  " + runbook.title(), StyleKey.TITLE));
        runbook.description().lines().map(String::strip).filter(line -> !line.isEmpty())
                .forEach(line -> out.add(StyledLine.of("  " + line, StyleKey.ROW)));
        out.add(StyledLine.of("lifecycle: " + String.join(" " + glyphs.arrow() + " ", runbook.lifecycle()),
                StyleKey.ROW));
        if (!runbook.appliesTo().isEmpty()) {
            out.add(StyledLine.of("remedies: " + String.join(", ", runbook.appliesTo()), StyleKey.REASON));
        }
        out.add(StyledLine.of("params:", StyleKey.TITLE));
        if (runbook.params().isEmpty()) {
            out.add(StyledLine.of("  none", StyleKey.MUTED));
        }
        for (Param param : runbook.params()) {
            String flags = param.type().yamlName() + (param.required() ? ", required" : "")
                    + param.defaultValue().map(value -> ", default " + value).orElse("");
            out.add(StyledLine.of("  " + param.name() + " (" + flags + ")"
                    + (param.description().isBlank() ? "" : ": " + param.description()), StyleKey.ROW));
        }
        out.add(StyledLine.of("steps:", StyleKey.TITLE));
        int number = 1;
        for (Step step : runbook.steps()) {
            String gate = step.gate().map(g -> g instanceof Gate.Typed typed ? "  [gate: type \"" + typed.text()
                    + "\"]" : "  [gate: confirm]").orElse("");
            out.add(StyledLine.of(String.format("  %2d %s: %s%s", number++, step.id(), StepSummary.describe(step), gate),
                    step.gate().isPresent() ? StyleKey.REASON : StyleKey.ROW));
            String command = StepSummary.command(step);
            if (!command.isBlank()) {
                command.lines().forEach(line -> out.add(StyledLine.of("       $ " + line, StyleKey.MUTED)));
            }
        }
        out.add(StyledLine.blank());
        out.add(StyledLine.of(canStart ? "Enter starts it: the params come first, every gate asks before its step."
                : "Read-only console: runbooks can be read here, not started.", StyleKey.MUTED));
        return out;
    }
}
