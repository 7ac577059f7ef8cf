package io.ironbook.cli;

import io.ironbook.runbook.Gate;
import io.ironbook.runbook.Param;
import io.ironbook.runbook.Precondition;
import io.ironbook.runbook.Runbook;
import io.ironbook.remote.ShellQuote;
import io.ironbook.runbook.Step;
import io.ironbook.runbook.StepSummary;
import io.ironbook.runbook.Template;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * A runbook written out as an operator reads it before running it: what it remedies, its
 * lifecycle, params, preconditions, then each step with what it runs, where, and its gate. Given
 * param values, references are shown resolved (shell-quoted inside commands, as they would run).
 */
final class RunbookText {
    private static final int WIDTH = 100;
    private final Glyphs glyphs;
    private final Map<String, String> values;

    RunbookText(Glyphs glyphs, Map<String, String> values) {
        this.glyphs = glyphs;
        this.values = values;
    }

    List<String> lines(Runbook runbook, boolean overridesAnother) {
        List<String> out = new ArrayList<>();
        out.add(runbook.id() + " " + runbook.version() + " " + glyphs.dot() + " " + text(runbook.title()));
        out.add("source: " + runbook.source().origin().name().toLowerCase(java.util.Locale.ROOT) + " "
                + runbook.source().path() + (overridesAnother ? " (overrides an earlier one)" : "")
                + "  sha256 " + runbook.source().sha256().substring(0, 12));
        if (!runbook.appliesTo().isEmpty()) {
            out.add("remedies: " + String.join(", ", runbook.appliesTo()));
        }
        if (!runbook.description().isBlank()) {
            out.add("");
            runbook.description().strip().lines().forEach(line -> out.add("  " + text(line)));
        }
        out.add("");
        out.add("lifecycle: " + String.join(" " + glyphs.arrow() + " ", runbook.lifecycle()));
        if (!runbook.params().isEmpty()) {
            out.add("");
            out.add("params:");
            for (Param param : runbook.params()) {
                out.add("  " + pad(param.name(), 18) + pad(param.type().yamlName(), 10) + pad(paramState(param), 22)
                        + param.description() + (param.values().isEmpty() ? "" : " (" + String.join(" | ", param.values()) + ")"));
            }
        }
        if (!runbook.preconditions().isEmpty()) {
            out.add("");
            out.add("before the first step, checks that:");
            for (Precondition precondition : runbook.preconditions()) {
                out.add("  " + glyphs.check() + " " + text(precondition.toString()));
            }
        }
        out.add("");
        out.add("steps:");
        int n = 1;
        for (Step step : runbook.steps()) {
            steps(out, n++, step);
        }
        return out;
    }

    private void steps(List<String> out, int n, Step step) {
        String title = step.title().isBlank() ? step.id() : step.id() + " " + glyphs.dot() + " " + text(step.title());
        out.add(String.format("%3d. %s%s", n, title, flags(step)));
        String indent = "     ";
        out.add(indent + text(StepSummary.describe(step)));
        String command = StepSummary.command(step);
        if (!command.isEmpty()) {
            command.lines().forEach(line -> out.add(indent + "  $ " + shell(line)));
        }
        if (step.action() instanceof io.ironbook.runbook.StepAction.Manual manual) {
            manual.instructions().ifPresent(text -> text.strip().lines().forEach(line -> out.add(indent + "  " + text(line))));
        }
        List<String> details = StepSummary.details(step);
        if (!details.isEmpty()) {
            out.add(indent + text(String.join(" " + glyphs.dot() + " ", details)));
        }
        if (!step.why().isBlank()) {
            wrap("why: " + text(step.why().strip().replaceAll("\\s*\\R\\s*", " ")), WIDTH - indent.length())
                    .forEach(line -> out.add(indent + line));
        }
    }

    /** Breaks text into lines of at most {@code width} characters, at spaces. */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
                line.append("  ");
            }
            if (line.length() > 0 && !line.toString().isBlank()) {
                line.append(' ');
            }
            line.append(word);
        }
        if (!line.toString().isBlank()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private String flags(Step step) {
        List<String> flags = new ArrayList<>();
        if (step.destructive()) {
            flags.add("DESTRUCTIVE");
        }
        step.gate().ifPresent(gate -> flags.add(gate instanceof Gate.Typed typed
                ? "gate: type \"" + text(typed.text()) + "\" to confirm" : "gate: confirm"));
        return flags.isEmpty() ? "" : "   [" + String.join(" " + glyphs.dot() + " ", flags) + "]";
    }

    private static String paramState(Param param) {
        if (param.required()) {
            return "required";
        }
        return param.defaultValue().map(d -> "default " + d).orElse("optional") + (param.secret() ? ", secret" : "");
    }

    private static String pad(String text, int width) {
        return text.length() >= width ? text + " " : text + " ".repeat(width - text.length());
    }

    /** Resolves references that have values, leaving the others as written. */
    private String text(String text) {
        return substitute(text, UnaryOperator.identity());
    }

    private String shell(String command) {
        return substitute(command, ShellQuote::quote);
    }

    private String substitute(String text, UnaryOperator<String> escape) {
        if (values.isEmpty() || !Template.hasRefs(text)) {
            return text;
        }
        try {
            return Template.render(text, name -> values.getOrDefault(name, "{{" + name + "}}"),
                    value -> value.startsWith("{{") ? value : escape.apply(value));
        } catch (IllegalArgumentException e) {
            return text;
        }
    }
}
