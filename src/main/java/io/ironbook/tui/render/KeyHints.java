package io.ironbook.tui.render;

import io.ironbook.tui.keys.ActionId;
import io.ironbook.tui.keys.KeyBinding;
import io.ironbook.tui.keys.ViewKind;
import io.ironbook.tui.theme.StyleKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The footer's key hints and the help screen, both generated from the key table. */
public final class KeyHints {
    private static final String GAP = "  ";

    private KeyHints() {
    }

    /**
     * {@code ? help  / filter  Enter detail ...  q quit} cut to {@code width}; the quit hint is always kept
     * (hints are dropped from the end of the table instead).
     */
    public static StyledLine footer(List<KeyBinding> bindings, int width) {
        KeyBinding quit = bindings.stream().filter(b -> b.action() == ActionId.QUIT).findFirst().orElse(null);
        int reserve = quit == null ? 0 : length(quit) + GAP.length();
        StyledLine.Builder line = new StyledLine.Builder();
        int used = 0;
        for (KeyBinding binding : bindings) {
            if (binding == quit) {
                continue;
            }
            int needed = length(binding) + GAP.length();
            if (used + needed + reserve > width) {
                break;
            }
            add(line, binding);
            used += needed;
        }
        if (quit != null && used + length(quit) <= width) {
            add(line, quit);
        }
        return line.build();
    }

    private static void add(StyledLine.Builder line, KeyBinding binding) {
        line.add(binding.key().label(), StyleKey.FOOTER_KEY).add(" " + binding.label() + GAP, StyleKey.FOOTER);
    }

    private static int length(KeyBinding binding) {
        return binding.key().label().length() + 1 + binding.label().length();
    }

    /** The help screen for a view: every key it offers, with its sentence. */
    public static List<StyledLine> help(List<KeyBinding> bindings, ViewKind view, boolean readOnly) {
        List<StyledLine> lines = new ArrayList<>();
        lines.add(StyledLine.of("Keys on the " + viewName(view) + " screen", StyleKey.TITLE));
        lines.add(StyledLine.blank());
        for (KeyBinding binding : bindings) {
            if (!binding.appliesTo(view)) {
                continue;
            }
            String key = String.format(Locale.ROOT, "  %-7s", binding.key().label());
            lines.add(new StyledLine.Builder().add(key, StyleKey.FOOTER_KEY)
                    .add(String.format(Locale.ROOT, "%-9s", binding.label()), StyleKey.ROW)
                    .add(binding.help(), StyleKey.MUTED).build());
        }
        lines.add(StyledLine.blank());
        lines.add(StyledLine.of("  Up/Down, PgUp/PgDn, Home/End move; Esc goes back.", StyleKey.MUTED));
        if (readOnly) {
            lines.add(StyledLine.of("  Read-only: actions that change anything are not offered.", StyleKey.MUTED));
        }
        return lines;
    }

    private static String viewName(ViewKind view) {
        return switch (view) {
            case NODES -> "nodes";
            case NODE_DETAIL -> "node detail";
            case HELP -> "help";
            case DIAGNOSIS -> "diagnosis";
            case RUNBOOKS -> "runbooks";
            case RUN -> "run";
            case JOURNAL -> "journal";
            case JOURNAL_RUN -> "journal run";
        };
    }
}
