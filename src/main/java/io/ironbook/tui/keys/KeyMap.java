package io.ironbook.tui.keys;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The key table. The console keeps only the bindings it can honour ({@link #restrictedTo}): actions that
 * are not wired (no engine behind the console) and, in read-only mode, every action that changes anything are
 * absent, not greyed out, so the footer and help never offer them.
 */
public final class KeyMap {
    private static final Set<ViewKind> NODE_VIEWS = EnumSet.of(ViewKind.NODES, ViewKind.NODE_DETAIL);

    private final List<KeyBinding> bindings;

    public KeyMap(List<KeyBinding> bindings) {
        this.bindings = List.copyOf(bindings);
    }

    /** ironbook's bindings, k9s-like. */
    public static KeyMap defaults() {
        return new KeyMap(List.of(
                bind(KeyChord.of('?'), ActionId.HELP, "help", "show these keys", false, Set.of()),
                bind(KeyChord.of('/'), ActionId.FILTER, "filter", "filter the nodes by name, status, role or reason;"
                        + " the runbooks by id, title or finding; in a run, search its output (Enter keeps it, Esc clears it)",
                        false, Set.of(ViewKind.NODES, ViewKind.RUNBOOKS, ViewKind.RUN)),
                bind(KeyChord.of(':'), ActionId.COMMAND, "command", "type a command: nodes, help, theme NAME, lab COMMAND (on the lab),"
                        + " sort COLUMN, quit", false, Set.of()),
                bind(KeyChord.of(KeyType.Enter, "Enter"), ActionId.DETAIL, "detail",
                        "open the selected node: conditions, taints, addresses, events, SSH target", false,
                        Set.of(ViewKind.NODES)),
                bind(KeyChord.of(KeyType.Enter, "Enter"), ActionId.DETAIL, "open", "open the selected run: its"
                        + " steps, gate answers and how it ended", false, Set.of(ViewKind.JOURNAL)),
                bind(KeyChord.of('d'), ActionId.DIAGNOSE, "diagnose", "diagnose the node live: the failure chain"
                        + " with its evidence", false, NODE_VIEWS),
                bind(KeyChord.of('d'), ActionId.RERUN, "again", "diagnose the node again, from fresh evidence",
                        false, Set.of(ViewKind.DIAGNOSIS)),
                bind(KeyChord.of('b'), ActionId.RUNBOOKS, "runbooks", "the runbook catalogue", false, Set.of()),
                bind(KeyChord.of('c'), ActionId.CORDON, "cordon", "cordon the node (after a confirmation)",
                        true, NODE_VIEWS),
                bind(KeyChord.of('u'), ActionId.UNCORDON, "uncordon", "uncordon the node (after a confirmation)",
                        true, NODE_VIEWS),
                bind(KeyChord.of('r'), ActionId.DRAIN, "drain", "drain the node: shows the dry run (pods to"
                        + " evict, skipped, blocking budgets) and asks first", true, NODE_VIEWS),
                bind(KeyChord.of(KeyType.Enter, "Enter"), ActionId.START, "start",
                        "start the chosen runbook (on a diagnosis: the chosen remedy, the node filled in): asks for"
                        + " its params, then runs it step by step through its gates", true,
                        Set.of(ViewKind.RUNBOOKS, ViewKind.DIAGNOSIS)),
                bind(KeyChord.of('x'), ActionId.CANCEL_RUN, "cancel", "cancel the run (after a confirmation): the"
                        + " running step is interrupted, the journal keeps the run for a resume", true,
                        Set.of(ViewKind.RUN)),
                bind(KeyChord.of('j'), ActionId.JOURNAL, "journal", "past and interrupted runs (on the journal:"
                        + " read it again)", false, Set.of()),
                bind(KeyChord.of('R'), ActionId.RESUME, "resume", "resume the run: it was interrupted (crash, closed"
                        + " terminal) or failed", true, Set.of(ViewKind.JOURNAL, ViewKind.JOURNAL_RUN)),
                bind(KeyChord.of('s'), ActionId.SORT_NEXT, "sort", "sort by the next column", false,
                        Set.of(ViewKind.NODES)),
                bind(KeyChord.of('S'), ActionId.SORT_REVERSE, "reverse", "reverse the sort order", false,
                        Set.of(ViewKind.NODES)),
                bind(KeyChord.of('t'), ActionId.NEXT_THEME, "theme", "switch to the next theme", false, Set.of()),
                bind(KeyChord.of(KeyType.Escape, "Esc"), ActionId.BACK, "back", "go back (on the nodes: clear"
                        + " the filter)", false, Set.of()),
                bind(KeyChord.of('q'), ActionId.QUIT, "quit", "quit (asks first while an action is running)",
                        false, Set.of())));
    }

    private static KeyBinding bind(KeyChord key, ActionId action, String label, String help, boolean changes,
            Set<ViewKind> views) {
        return new KeyBinding(key, action, label, help, changes, views);
    }

    /** Only the bindings of available actions, and none that changes anything when {@code readOnly}. */
    public KeyMap restrictedTo(Set<ActionId> available, boolean readOnly) {
        return new KeyMap(bindings.stream()
                .filter(binding -> available.contains(binding.action()))
                .filter(binding -> !(readOnly && binding.changes()))
                .toList());
    }

    /** Every binding, in table order. */
    public List<KeyBinding> all() {
        return bindings;
    }

    /** The bindings that apply in a view, in table order. */
    public List<KeyBinding> forView(ViewKind view) {
        return bindings.stream().filter(binding -> binding.appliesTo(view)).toList();
    }

    /** The action a keystroke triggers in a view, if any. */
    public Optional<ActionId> action(KeyStroke stroke, ViewKind view) {
        return bindings.stream()
                .filter(binding -> binding.appliesTo(view) && binding.key().matches(stroke))
                .map(KeyBinding::action)
                .findFirst();
    }

    /** Whether the action is bound at all (it is available, and allowed in this mode). */
    public boolean offers(ActionId action) {
        return bindings.stream().anyMatch(binding -> binding.action() == action);
    }
}
