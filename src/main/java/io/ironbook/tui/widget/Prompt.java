package io.ironbook.tui.widget;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.function.Consumer;

/**
 * The one-line prompt of {@code /} (filter) and {@code :} (command), drawn in the footer. While it is open it
 * takes every key: characters edit, Enter submits, Esc cancels.
 */
public final class Prompt {
    /** What to do with the text. */
    public interface Handler {
        /** The text changed (the filter applies as it is typed). */
        default void changed(String text) {
        }

        /** Enter. */
        void submitted(String text);

        /** Esc. */
        void cancelled();
    }

    private String prefix = "";
    private final StringBuilder text = new StringBuilder();
    private Handler handler;

    /** Opens the prompt with an initial text. */
    public void open(String prefix, String initial, Handler newHandler) {
        this.prefix = prefix;
        this.handler = newHandler;
        text.setLength(0);
        text.append(initial);
    }

    public boolean isOpen() {
        return handler != null;
    }

    /** {@code /worker_} as drawn. */
    public String display() {
        return prefix + text + "_";
    }

    /** Handles a key while open; always true (the prompt swallows keys). */
    public boolean handle(KeyStroke key) {
        Handler current = handler;
        if (current == null) {
            return false;
        }
        KeyType type = key.getKeyType();
        if (type == KeyType.Enter) {
            handler = null;
            current.submitted(text.toString());
        } else if (type == KeyType.Escape) {
            handler = null;
            current.cancelled();
        } else if (type == KeyType.Backspace) {
            if (text.length() > 0) {
                text.setLength(text.length() - 1);
                current.changed(text.toString());
            }
        } else if (type == KeyType.Character && !key.isCtrlDown() && !key.isAltDown()) {
            text.append(key.getCharacter());
            current.changed(text.toString());
        }
        return true;
    }

    /** A prompt that applies its text as it is typed and on Enter, and applies "" on Esc (a filter, a search). */
    public static Handler live(Consumer<String> apply) {
        return new Handler() {
            @Override
            public void changed(String value) {
                apply.accept(value);
            }

            @Override
            public void submitted(String value) {
                apply.accept(value);
            }

            @Override
            public void cancelled() {
                apply.accept("");
            }
        };
    }

    /** For callers that only care about the final text. */
    public static Handler onSubmit(Consumer<String> submit, Runnable cancel) {
        return new Handler() {
            @Override
            public void submitted(String value) {
                submit.accept(value);
            }

            @Override
            public void cancelled() {
                cancel.run();
            }
        };
    }
}
