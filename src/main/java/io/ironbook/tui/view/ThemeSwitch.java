package io.ironbook.tui.view;

import com.googlecode.lanterna.gui2.WindowBasedTextGUI;
import io.ironbook.tui.theme.ConsoleTheme;
import io.ironbook.tui.theme.ThemeCatalogue;
import io.ironbook.tui.widget.Look;

/** {@code t} and {@code :theme NAME}: changes the theme of every screen at once, and says so. GUI thread only. */
final class ThemeSwitch {
    private final ThemeCatalogue themes;
    private final Look look;
    private final WindowBasedTextGUI gui;
    private final Runnable redraw;
    private final ViewHost.Messages messages;

    ThemeSwitch(ThemeCatalogue themes, Look look, WindowBasedTextGUI gui, Runnable redraw,
            ViewHost.Messages messages) {
        this.themes = themes;
        this.look = look;
        this.gui = gui;
        this.redraw = redraw;
        this.messages = messages;
    }

    /** Switches to the theme of that name ("" for the next one), or says which themes there are. */
    void change(String name) {
        if (name.isEmpty()) {
            apply(themes.next(look.theme().name()));
            return;
        }
        themes.find(name).ifPresentOrElse(this::apply, () -> messages.message("unknown theme '" + name
                + "' (known: " + String.join(", ", themes.names()) + ")", true));
    }

    private void apply(ConsoleTheme theme) {
        look.theme(theme);
        gui.setTheme(theme.lanterna());
        redraw.run();
        messages.message("theme " + theme.name(), false);
    }
}
