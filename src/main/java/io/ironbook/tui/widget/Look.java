package io.ironbook.tui.widget;

import io.ironbook.tui.render.Glyphs;
import io.ironbook.tui.theme.ConsoleTheme;
import io.ironbook.tui.theme.Style;
import io.ironbook.tui.theme.StyleKey;
import java.util.Objects;

/** The current theme and glyph set, read by every component when it draws. Used on the GUI thread only. */
public final class Look {
    private ConsoleTheme theme;
    private final Glyphs glyphs;

    public Look(ConsoleTheme theme, Glyphs glyphs) {
        this.theme = Objects.requireNonNull(theme);
        this.glyphs = Objects.requireNonNull(glyphs);
    }

    public ConsoleTheme theme() {
        return theme;
    }

    public void theme(ConsoleTheme theme) {
        this.theme = Objects.requireNonNull(theme);
    }

    public Glyphs glyphs() {
        return glyphs;
    }

    public Style style(StyleKey key) {
        return theme.style(key);
    }
}
