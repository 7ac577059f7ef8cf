package io.ironbook.tui.dialog;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.gui2.BasicWindow;
import com.googlecode.lanterna.gui2.Button;
import com.googlecode.lanterna.gui2.Direction;
import com.googlecode.lanterna.gui2.EmptySpace;
import com.googlecode.lanterna.gui2.Label;
import com.googlecode.lanterna.gui2.LinearLayout;
import com.googlecode.lanterna.gui2.Panel;
import com.googlecode.lanterna.gui2.TextBox;
import com.googlecode.lanterna.gui2.Window;
import com.googlecode.lanterna.gui2.WindowBasedTextGUI;
import com.googlecode.lanterna.gui2.WindowListenerAdapter;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import io.ironbook.tui.render.StyledLine;
import io.ironbook.tui.theme.StyleKey;
import io.ironbook.tui.widget.LinesPane;
import io.ironbook.tui.widget.Look;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * A modal gate: what will happen, then Cancel (focused) and the agreeing button. Enter on the focused
 * Cancel or Esc answers no. For a typed gate the agreeing button stays disabled, and its action inert,
 * until the typed text equals the expected text exactly; typing goes to the text box wherever the focus is.
 * The answer is given exactly once.
 */
public final class GateDialog {
    private final BasicWindow window;
    private final Button cancel;
    private final Button ok;
    private final TextBox typed;
    private final GateRequest request;
    private final Consumer<Boolean> answer;
    private final AtomicBoolean answered = new AtomicBoolean();

    private GateDialog(WindowBasedTextGUI gui, Look look, GateRequest request, Consumer<Boolean> answer) {
        this.request = request;
        this.answer = answer;
        window = new BasicWindow(request.title());
        window.setHints(List.of(Window.Hint.MODAL, Window.Hint.CENTERED));
        Panel body = new Panel(new LinearLayout(Direction.VERTICAL));
        TerminalSize screen = gui.getScreen().getTerminalSize();
        LinesPane lines = new LinesPane(look, Math.max(3, screen.getRows() - 10));
        List<StyledLine> wrapped = new ArrayList<>();
        for (String line : request.lines()) {
            wrap(line, Math.max(20, screen.getColumns() - 10)).forEach(part -> wrapped.add(StyledLine.of(part,
                    StyleKey.ROW)));
        }
        lines.lines(wrapped);
        body.addComponent(lines);
        body.addComponent(new EmptySpace(new TerminalSize(1, 1)));
        if (request.kind() == GateRequest.Kind.TYPED) {
            body.addComponent(new Label("Type \"" + request.expected() + "\" to confirm:"));
            typed = new TextBox(new TerminalSize(Math.max(24, request.expected().length() + 2), 1));
            typed.setTextChangeListener((text, byUser) -> okEnabled());
            body.addComponent(typed);
        } else {
            typed = null;
        }
        Panel buttons = new Panel(new LinearLayout(Direction.HORIZONTAL));
        cancel = new Button(request.kind() == GateRequest.Kind.NOTICE ? "Close" : "Cancel", () -> finish(false));
        buttons.addComponent(cancel);
        if (request.kind() != GateRequest.Kind.NOTICE) {
            ok = new Button(request.okLabel(), this::agree);
            buttons.addComponent(ok);
        } else {
            ok = null;
        }
        body.addComponent(buttons);
        window.setComponent(body);
        okEnabled();
        window.setFocusedInteractable(cancel);
        window.addWindowListener(new WindowListenerAdapter() {
            @Override
            public void onInput(Window basePane, KeyStroke key, AtomicBoolean deliverEvent) {
                if (key.getKeyType() == KeyType.Escape) {
                    deliverEvent.set(false);
                    finish(false);
                } else if (key.getKeyType() == KeyType.PageDown || key.getKeyType() == KeyType.PageUp) {
                    deliverEvent.set(false);
                    lines.scroll(key);
                } else if (typed != null && key.getKeyType() == KeyType.Character
                        && window.getFocusedInteractable() != typed) {
                    window.setFocusedInteractable(typed);
                }
            }
        });
        gui.addWindow(window);
        window.setFocusedInteractable(cancel);
    }

    /**
     * Shows the gate and returns at once; {@code answer} receives true only when the operator agreed. Call on
     * the GUI thread.
     */
    public static GateDialog ask(WindowBasedTextGUI gui, Look look, GateRequest request, Consumer<Boolean> answer) {
        return new GateDialog(gui, look, request, answer);
    }

    /**
     * Shows the gate from another thread (a runbook runner) and blocks that thread until the operator answers.
     * Never call it on the GUI thread.
     */
    public static boolean askAndWait(WindowBasedTextGUI gui, Look look, GateRequest request)
            throws InterruptedException {
        if (Thread.currentThread() == gui.getGUIThread().getThread()) {
            throw new IllegalStateException("a gate cannot be waited for on the GUI thread");
        }
        CompletableFuture<Boolean> answer = new CompletableFuture<>();
        AtomicReference<GateDialog> shown = new AtomicReference<>();
        gui.getGUIThread().invokeLater(() -> {
            if (!answer.isDone()) {
                shown.set(ask(gui, look, request, answer::complete));
            }
        });
        try {
            return answer.get();
        } catch (ExecutionException e) {
            return false;
        } catch (InterruptedException e) {
            // the run was cancelled while the gate was open: the question no longer stands
            answer.complete(false);
            try {
                gui.getGUIThread().invokeLater(() -> {
                    GateDialog dialog = shown.get();
                    if (dialog != null) {
                        dialog.finish(false);
                    }
                });
            } catch (IllegalStateException closing) {
                // the console is closing and takes the dialog with it
            }
            throw e;
        }
    }

    /** Wraps a line at spaces to {@code width}, continuation lines indented under the first. */
    static List<String> wrap(String line, int width) {
        List<String> parts = new ArrayList<>();
        int indent = 0;
        while (indent < line.length() && line.charAt(indent) == ' ') {
            indent++;
        }
        String pad = " ".repeat(Math.min(indent + 2, width / 2));
        String rest = line;
        while (rest.length() > width) {
            int cut = rest.lastIndexOf(' ', width);
            if (cut <= pad.length()) {
                cut = width;
            }
            parts.add(rest.substring(0, cut));
            rest = pad + rest.substring(cut).stripLeading();
        }
        parts.add(rest);
        return parts;
    }

    private void okEnabled() {
        if (ok != null && typed != null) {
            ok.setEnabled(matches());
        }
    }

    private boolean matches() {
        return typed == null || typed.getText().equals(request.expected());
    }

    private void agree() {
        if (matches()) {
            finish(true);
        }
    }

    private void finish(boolean yes) {
        if (answered.compareAndSet(false, true)) {
            window.close();
            answer.accept(yes);
        }
    }

    /** The window, for tests. */
    public Window window() {
        return window;
    }
}
