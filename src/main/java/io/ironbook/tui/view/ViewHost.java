package io.ironbook.tui.view;

import java.util.function.Consumer;

/** What a view may ask of the screen that shows it: open another view on top, or say something. */
interface ViewHost {

    /** Pushes {@code view} on the stack and shows it. */
    void open(View view);

    /** Shows a line in the status bar. */
    void message(String text, boolean error);

    /** A host of the screen's two calls. */
    static ViewHost of(Consumer<View> open, Messages messages) {
        return new ViewHost() {
            @Override
            public void open(View view) {
                open.accept(view);
            }

            @Override
            public void message(String text, boolean error) {
                messages.message(text, error);
            }
        };
    }

    /** Where status messages go. */
    @FunctionalInterface
    interface Messages {
        void message(String text, boolean error);
    }
}
