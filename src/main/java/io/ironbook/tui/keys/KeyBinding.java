package io.ironbook.tui.keys;

import java.util.Set;

/**
 * One row of the key table.
 *
 * @param key the key
 * @param action what it does
 * @param label the footer's word for it ({@code cordon})
 * @param help the help screen's sentence
 * @param changes whether it changes anything in the cluster or on a node ({@code --read-only} removes it)
 * @param views the views it applies to; empty for every view
 */
public record KeyBinding(KeyChord key, ActionId action, String label, String help, boolean changes,
        Set<ViewKind> views) {

    public KeyBinding {
        views = Set.copyOf(views);
    }

    /** Whether the binding applies in that view. */
    public boolean appliesTo(ViewKind view) {
        return views.isEmpty() || views.contains(view);
    }
}
