package io.ironbook.tui.view;

import io.ironbook.cluster.ClusterGateway;
import io.ironbook.cluster.NodeStore;
import io.ironbook.tui.keys.KeyMap;
import io.ironbook.tui.render.Glyphs;
import io.ironbook.tui.theme.ConsoleTheme;
import io.ironbook.tui.theme.ThemeCatalogue;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the console's screens work with, handed down by whoever opens the console.
 *
 * @param gateway the cluster (cordon, drain, events); called off the GUI thread only
 * @param store the live node store the nodes view follows
 * @param targets how nodes are reached over SSH
 * @param operations runbooks, runs, the journal and live diagnosis; empty for a console that only follows and
 *        cordons nodes (their keys are then absent)
 * @param themes the themes to cycle through
 * @param theme the theme to start with
 * @param keys the full key table (the screen keeps what it can honour)
 * @param readOnly offer no action that changes anything
 * @param operator who is at the keyboard, {@code user@host}; recorded when cordoning
 * @param clock the time (a fixed clock in tests)
 * @param glyphs UTF-8 or ASCII symbols
 * @param notes lines to show once at start (e.g. a user theme file that could not be read)
 */
public record ConsoleContext(ClusterGateway gateway, NodeStore store, TargetDescriber targets,
        Optional<ConsoleOperations> operations, ThemeCatalogue themes,
        ConsoleTheme theme, KeyMap keys, boolean readOnly, String operator, Clock clock, Glyphs glyphs,
        List<String> notes) {

    public ConsoleContext {
        Objects.requireNonNull(gateway, "gateway");
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(targets, "targets");
        Objects.requireNonNull(operations, "operations");
        Objects.requireNonNull(themes, "themes");
        Objects.requireNonNull(theme, "theme");
        Objects.requireNonNull(keys, "keys");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(glyphs, "glyphs");
        operator = operator == null || operator.isBlank() ? "unknown" : operator;
        notes = List.copyOf(notes);
    }
}
