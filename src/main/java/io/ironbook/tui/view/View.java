package io.ironbook.tui.view;

import com.googlecode.lanterna.gui2.Component;
import com.googlecode.lanterna.input.KeyStroke;
import io.ironbook.tui.keys.ActionId;
import io.ironbook.tui.keys.ViewKind;
import io.ironbook.tui.render.StyledLine;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One screen of the console's stack. The frame draws the header and footer; a view supplies its body, the
 * line under the header, its navigation keys and the node it is about. Called on the GUI thread only.
 */
public interface View {

    /**
     * What {@code /} does in a view that searches or filters itself.
     *
     * @param prefix the prompt's prefix
     * @param initial the text the prompt opens with
     * @param apply applies the text as it is typed and on Enter; Esc applies ""
     */
    record Search(String prefix, String initial, Consumer<String> apply) {
    }

    /** Which key bindings apply. */
    ViewKind kind();

    /** The body, between the header lines and the footer. */
    Component body();

    /** The line under the header: what this screen shows. */
    StyledLine summary(int width);

    /** Navigation keys (arrows, pages); false when the key means nothing here. */
    default boolean key(KeyStroke key) {
        return false;
    }

    /** The node the screen is about or has selected, for node actions. */
    default Optional<String> selectedNode() {
        return Optional.empty();
    }

    /** Node data changed (a coalesced batch was applied). */
    default void nodesChanged() {
    }

    /** Enter's "start" (a runbook, a remedy): true when the view started something. */
    default boolean start() {
        return false;
    }

    /** Esc: true when the view used it itself (e.g. to clear a filter) instead of going back. */
    default boolean back() {
        return false;
    }

    /**
     * An action of the key table the view handles itself (re-run, run the selected remedy, resume); false
     * leaves it to the screen.
     */
    default boolean perform(ActionId action) {
        return false;
    }

    /**
     * Whether the action makes sense here now (a run that finished cannot be resumed); the footer shows only
     * those.
     */
    default boolean offers(ActionId action) {
        return true;
    }

    /** What {@code /} does here; empty when the view neither searches nor filters. */
    default Optional<Search> search() {
        return Optional.empty();
    }

    /** The view is on top again (shown first, or back from a screen above it). */
    default void shown() {
    }

    /** The view left the stack. */
    default void closed() {
    }
}
