package io.ironbook.tui.view;

import io.ironbook.tui.keys.ActionId;
import io.ironbook.tui.render.NodeColumn;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The {@code :} command line: {@code nodes}, {@code help}, {@code theme NAME}, {@code sort COLUMN},
 * {@code filter TEXT}, {@code quit}, {@code lab COMMAND} on the built-in lab, or the id of any action the key table offers ({@code cordon}, ...). In
 * read-only mode changing actions are refused by name, never run.
 */
final class ConsoleCommands {
    private final ConsoleScreen screen;

    ConsoleCommands(ConsoleScreen screen) {
        this.screen = screen;
    }

    void run(String text) {
        String[] words = text.strip().split("\\s+", 2);
        String verb = words[0].toLowerCase(Locale.ROOT);
        String argument = words.length > 1 ? words[1].strip() : "";
        switch (verb) {
            case "" -> { }
            case "q", "quit" -> screen.quit();
            case "nodes" -> screen.home();
            case "lab" -> lab(argument);
            case "theme" -> screen.theme(argument);
            case "sort" -> sortBy(argument);
            case "filter" -> {
                screen.home();
                screen.nodes().filter(argument);
            }
            default -> action(verb);
        }
    }

    private void action(String verb) {
        Optional<ActionId> action = EnumSet.allOf(ActionId.class).stream()
                .filter(candidate -> candidate.id().equals(verb)).findFirst();
        if (action.isPresent() && screen.keys().offers(action.get()) && action.get() != ActionId.COMMAND) {
            screen.perform(action.get());
        } else if (action.isPresent() && screen.readOnly()) {
            screen.message(verb + " is not offered: the console is read-only", true);
        } else {
            screen.message("unknown command '" + verb + "' (? lists the keys)", true);
        }
    }

    /** Runs a lab control command ({@code power-on worker-1}) off the GUI thread and shows its answer. */
    private void lab(String command) {
        ConsoleContext context = screen.context();
        Optional<LabCommands> lab = context.operations().flatMap(ConsoleOperations::lab);
        if (lab.isEmpty()) {
            screen.message("lab commands work only in a console opened by ironbook lab", true);
        } else if (context.readOnly()) {
            screen.message("lab commands change the lab: the console is read-only", true);
        } else {
            screen.tasks().run("lab " + command, false, () -> lab.get().execute(command),
                    reply -> screen.message("lab: " + reply.replace('\n', ' '), reply.startsWith("error")
                            || reply.startsWith("unknown") || reply.startsWith("usage")),
                    e -> screen.message("lab: " + e.getMessage(), true));
        }
    }

    private void sortBy(String column) {
        for (NodeColumn candidate : NodeColumn.values()) {
            if (candidate.title().equalsIgnoreCase(column) || candidate.name().equalsIgnoreCase(column)) {
                screen.nodes().model().sort(candidate, false);
                screen.nodes().nodesChanged();
                return;
            }
        }
        List<String> titles = new ArrayList<>();
        for (NodeColumn candidate : NodeColumn.values()) {
            titles.add(candidate.title().toLowerCase(Locale.ROOT));
        }
        screen.message("unknown column '" + column + "' (known: " + String.join(", ", titles) + ")", true);
    }
}
