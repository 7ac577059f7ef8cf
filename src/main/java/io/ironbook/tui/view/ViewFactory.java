package io.ironbook.tui.view;

import io.ironbook.tui.keys.KeyMap;
import io.ironbook.tui.keys.ViewKind;
import io.ironbook.tui.widget.Look;
import io.ironbook.tui.widget.NodeTableModel;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Builds the console's screens with what they share (the context, the look, the key table, the work queue,
 * where runs open, the screen that shows them); the console decides when to open which.
 */
final class ViewFactory {
    private final ConsoleContext context;
    private final NodeTableModel model;
    private final Look look;
    private final KeyMap keys;
    private final Tasks tasks;
    private final RunStarter runs;
    private final ViewHost host;
    private final Supplier<Set<String>> going;

    /** @param going the ids of the runs still going in this console */
    ViewFactory(ConsoleContext context, NodeTableModel model, Look look, KeyMap keys, Tasks tasks, RunStarter runs,
            ViewHost host, Supplier<Set<String>> going) {
        this.context = context;
        this.model = model;
        this.look = look;
        this.keys = keys;
        this.tasks = tasks;
        this.runs = runs;
        this.host = host;
        this.going = going;
    }

    /** The keys of the screen {@code about}. */
    View help(ViewKind about) {
        return new HelpView(keys, about, context.readOnly(), look);
    }

    /** One node's detail. */
    View nodeDetail(String node) {
        return new NodeDetailView(node, model, look, context.clock(), keys, tasks, context);
    }

    /** The node's live diagnosis, started at once; empty when no engine is behind the console. */
    Optional<View> diagnosis(String node) {
        return context.operations().map(operations -> new DiagnosisView(node, operations, look, context.clock(),
                keys, tasks, runs, host));
    }

    /** The journal's runs, read at once; empty when no engine is behind the console. */
    Optional<View> journal() {
        return context.operations().map(operations -> new JournalView(operations.journal(), look,
                context.clock().getZone(), keys, tasks, runs, host, going));
    }
}
