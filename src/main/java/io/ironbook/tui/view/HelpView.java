package io.ironbook.tui.view;

import com.googlecode.lanterna.gui2.Component;
import com.googlecode.lanterna.input.KeyStroke;
import io.ironbook.tui.keys.KeyMap;
import io.ironbook.tui.keys.ViewKind;
import io.ironbook.tui.render.KeyHints;
import io.ironbook.tui.render.StyledLine;
import io.ironbook.tui.theme.StyleKey;
import io.ironbook.tui.widget.LinesPane;
import io.ironbook.tui.widget.Look;

/** {@code ?}: the keys of the screen it was opened from, generated from the key table. */
final class HelpView implements View {
    private final LinesPane pane;

    HelpView(KeyMap keys, ViewKind about, boolean readOnly, Look look) {
        pane = new LinesPane(look);
        pane.lines(KeyHints.help(keys.all(), about, readOnly));
    }

    @Override
    public ViewKind kind() {
        return ViewKind.HELP;
    }

    @Override
    public Component body() {
        return pane;
    }

    @Override
    public StyledLine summary(int width) {
        return StyledLine.of(" Help", StyleKey.SUMMARY);
    }

    @Override
    public boolean key(KeyStroke key) {
        return pane.scroll(key);
    }
}
