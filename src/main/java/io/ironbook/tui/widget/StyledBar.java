package io.ironbook.tui.widget;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.gui2.AbstractComponent;
import com.googlecode.lanterna.gui2.ComponentRenderer;
import com.googlecode.lanterna.gui2.TextGUIGraphics;
import io.ironbook.tui.render.StyledLine;
import io.ironbook.tui.theme.StyleKey;
import java.util.function.IntFunction;

/** One full-width line whose content is computed at draw time from the width (header, summary, footer). */
public final class StyledBar extends AbstractComponent<StyledBar> {
    private final Look look;
    private final StyleKey fill;
    private IntFunction<StyledLine> content;

    public StyledBar(Look look, StyleKey fill, IntFunction<StyledLine> content) {
        this.look = look;
        this.fill = fill;
        this.content = content;
    }

    /** Replaces what the bar shows. */
    public void content(IntFunction<StyledLine> newContent) {
        this.content = newContent;
        invalidate();
    }

    @Override
    protected ComponentRenderer<StyledBar> createDefaultRenderer() {
        return new ComponentRenderer<>() {
            @Override
            public TerminalSize getPreferredSize(StyledBar component) {
                return new TerminalSize(1, 1);
            }

            @Override
            public void drawComponent(TextGUIGraphics graphics, StyledBar component) {
                Paint.line(graphics, look, 0, 0, content.apply(graphics.getSize().getColumns()), fill);
            }
        };
    }
}
