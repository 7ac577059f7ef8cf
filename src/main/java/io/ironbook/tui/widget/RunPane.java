package io.ironbook.tui.widget;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.gui2.AbstractComponent;
import com.googlecode.lanterna.gui2.ComponentRenderer;
import com.googlecode.lanterna.gui2.TextGUIGraphics;
import com.googlecode.lanterna.input.KeyStroke;
import io.ironbook.tui.render.StyledLine;
import io.ironbook.tui.theme.StyleKey;
import java.util.List;
import java.util.Objects;

/**
 * The run screen's body: the steps on top (at most half the rows, windowed around the current step), one
 * status line (the current wait with its elapsed time, or how the run ended), then the output, which follows
 * the newest line until the operator scrolls up. Only the rows on screen are drawn.
 */
public final class RunPane extends AbstractComponent<RunPane> {

    /**
     * What the pane shows.
     *
     * @param steps one line per step
     * @param currentStep the index of the step to keep in view
     * @param status the line between the steps and the output
     * @param output the output lines, oldest first
     */
    public record Content(List<StyledLine> steps, int currentStep, StyledLine status, List<StyledLine> output) {
        public Content {
            steps = List.copyOf(steps);
            Objects.requireNonNull(status, "status");
            output = List.copyOf(output);
        }
    }

    private final Look look;
    private Content content = new Content(List.of(), 0, StyledLine.blank(), List.of());
    /** Lines scrolled up from the newest output line; 0 follows the output. */
    private int back;
    private int outputRows = 1;

    public RunPane(Look look) {
        this.look = look;
    }

    /** Replaces what is shown; a scrolled-up view stays on the same lines as output grows. */
    public void content(Content newContent) {
        int grown = newContent.output().size() - content.output().size();
        if (back > 0 && grown > 0) {
            back += grown;
        }
        content = newContent;
        back = Math.min(back, maxBack());
        invalidate();
    }

    public Content content() {
        return content;
    }

    /** Scrolls the output on Up/Down, PgUp/PgDn, Home/End (End follows again); false for other keys. */
    public boolean scroll(KeyStroke key) {
        int before = back;
        int page = Math.max(1, outputRows - 1);
        switch (key.getKeyType()) {
            case ArrowUp -> back = Math.min(maxBack(), back + 1);
            case ArrowDown -> back = Math.max(0, back - 1);
            case PageUp -> back = Math.min(maxBack(), back + page);
            case PageDown -> back = Math.max(0, back - page);
            case Home -> back = maxBack();
            case End -> back = 0;
            default -> {
                return false;
            }
        }
        if (back != before) {
            invalidate();
        }
        return true;
    }

    private int maxBack() {
        return Math.max(0, content.output().size() - outputRows);
    }

    @Override
    protected ComponentRenderer<RunPane> createDefaultRenderer() {
        return new ComponentRenderer<>() {
            @Override
            public TerminalSize getPreferredSize(RunPane pane) {
                return new TerminalSize(80, content.steps().size() + 2 + Math.min(10, content.output().size()));
            }

            @Override
            public void drawComponent(TextGUIGraphics graphics, RunPane pane) {
                int rows = graphics.getSize().getRows();
                int stepRows = Math.min(content.steps().size(), Math.max(1, (rows - 2) / 2));
                int first = firstStep(stepRows);
                int row = 0;
                for (int i = 0; i < stepRows && row < rows; i++, row++) {
                    Paint.line(graphics, look, row, 1, content.steps().get(first + i), StyleKey.ROW);
                }
                if (row < rows) {
                    Paint.line(graphics, look, row++, 0, content.status(), StyleKey.ROW);
                }
                if (row < rows) {
                    String rule = "Output" + (back > 0 ? " (scrolled up " + back + "; End follows)" : "");
                    Paint.line(graphics, look, row++, 1, StyledLine.of(rule, StyleKey.TABLE_HEADER), StyleKey.ROW);
                }
                outputRows = Math.max(1, rows - row);
                List<StyledLine> output = content.output();
                int end = Math.max(0, output.size() - back);
                int start = Math.max(0, end - outputRows);
                for (int i = start; i < end && row < rows; i++, row++) {
                    Paint.line(graphics, look, row, 1, output.get(i), StyleKey.ROW);
                }
                for (; row < rows; row++) {
                    Paint.clearRow(graphics, look, row, StyleKey.ROW);
                }
            }
        };
    }

    private int firstStep(int stepRows) {
        int total = content.steps().size();
        if (total <= stepRows) {
            return 0;
        }
        int first = content.currentStep() - stepRows / 2;
        return Math.max(0, Math.min(first, total - stepRows));
    }
}
