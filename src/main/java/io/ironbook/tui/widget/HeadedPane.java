package io.ironbook.tui.widget;

import com.googlecode.lanterna.gui2.BorderLayout;
import com.googlecode.lanterna.gui2.Panel;
import io.ironbook.tui.render.StyledLine;
import io.ironbook.tui.theme.StyleKey;
import java.util.function.IntFunction;

/**
 * A {@link LinesPane} under one line that does not scroll: column titles over a list, or a progress line over
 * a report. The line is computed at every draw, so an elapsed time stays current.
 */
public final class HeadedPane extends Panel {
    private final StyledBar head;
    private final LinesPane pane;

    public HeadedPane(Look look, StyleKey headStyle, IntFunction<StyledLine> head) {
        super(new BorderLayout());
        this.head = new StyledBar(look, headStyle, head);
        this.pane = new LinesPane(look);
        addComponent(this.head, BorderLayout.Location.TOP);
        addComponent(pane, BorderLayout.Location.CENTER);
        // both parts paint every cell they own
        ((Panel.DefaultPanelRenderer) getRenderer()).setFillAreaBeforeDrawingComponents(false);
    }

    /** The line on top. */
    public StyledBar head() {
        return head;
    }

    /** The scrolling text under it. */
    public LinesPane pane() {
        return pane;
    }
}
