package io.ironbook.tui.view;

import com.googlecode.lanterna.gui2.BorderLayout;
import com.googlecode.lanterna.gui2.Panel;
import io.ironbook.tui.keys.ViewKind;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The console's screens, the nodes at the bottom: the one on top fills the body panel; pushing shows a screen,
 * popping goes back (never below the nodes). GUI thread only.
 */
final class ViewStack {
    private final Deque<View> stack = new ArrayDeque<>();
    private final Panel body = new Panel(new BorderLayout());
    private final Runnable shown;

    /**
     * @param home the bottom screen
     * @param shown called after a screen came on top (the frame redraws its bars)
     */
    ViewStack(View home, Runnable shown) {
        this.shown = shown;
        push(home);
    }

    /** The panel that holds the screen on top. */
    Panel body() {
        return body;
    }

    View current() {
        return stack.peek();
    }

    void push(View view) {
        stack.push(view);
        show();
    }

    /** Goes back one screen; false on the nodes. */
    boolean pop() {
        if (stack.size() <= 1) {
            return false;
        }
        stack.pop().closed();
        show();
        return true;
    }

    /** Goes back to the nearest screen of this kind below the top; false (and nothing popped) when none is. */
    boolean backTo(ViewKind kind) {
        boolean below = stack.stream().skip(1).anyMatch(view -> view.kind() == kind);
        if (!below) {
            return false;
        }
        while (current().kind() != kind) {
            pop();
        }
        return true;
    }

    /** Pops every screen above the nodes. */
    void home() {
        while (pop()) {
            // back to the bottom
        }
    }

    /** Node data changed: every screen on the stack hears it. */
    void nodesChanged() {
        stack.forEach(View::nodesChanged);
    }

    private void show() {
        body.removeAllComponents();
        body.addComponent(current().body(), BorderLayout.Location.CENTER);
        current().shown();
        shown.run();
    }
}
