package io.ironbook.tui.view;

import io.ironbook.tui.render.StyledLine;
import io.ironbook.tui.theme.StyleKey;
import io.ironbook.tui.widget.Look;
import io.ironbook.tui.widget.Prompt;
import io.ironbook.tui.widget.StyledBar;
import java.util.List;
import java.util.function.Supplier;

/**
 * The status bar above the key hints: the {@code /} or {@code :} prompt while it is open, else the last
 * message (green or red) followed by the work still running with its progress.
 */
final class StatusLine implements NodeActions.Status {
    private final Look look;
    private final Prompt prompt;
    private final Supplier<List<String>> running;
    private final StyledBar bar;
    private StyledLine message = StyledLine.blank();

    StatusLine(Look look, Prompt prompt, Supplier<List<String>> running) {
        this.look = look;
        this.prompt = prompt;
        this.running = running;
        this.bar = new StyledBar(look, StyleKey.FOOTER, this::line);
    }

    StyledBar bar() {
        return bar;
    }

    void message(String text, boolean error) {
        message = StyledLine.of(" " + text, error ? StyleKey.MESSAGE_ERROR : StyleKey.MESSAGE_OK);
        bar.invalidate();
    }

    @Override
    public void ok(String text) {
        message(text, false);
    }

    @Override
    public void error(String text) {
        message(text, true);
    }

    /** Something shown changed: the prompt's text, the running work or its progress. */
    void changed() {
        bar.invalidate();
    }

    private StyledLine line(int width) {
        if (prompt.isOpen()) {
            return StyledLine.of(" " + prompt.display(), StyleKey.ROW);
        }
        List<String> work = running.get();
        if (work.isEmpty()) {
            return message;
        }
        StyledLine.Builder line = new StyledLine.Builder();
        message.segments().forEach(segment -> line.add(segment.text(), segment.style()));
        line.add("   " + look.glyphs().arrow() + " " + String.join("; ", work), StyleKey.FOOTER);
        return line.build();
    }
}
