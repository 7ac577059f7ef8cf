package io.ironbook.tui.view;

import com.googlecode.lanterna.gui2.Component;
import com.googlecode.lanterna.input.KeyStroke;
import io.ironbook.engine.JournalStore;
import io.ironbook.engine.RunRecord;
import io.ironbook.tui.keys.ActionId;
import io.ironbook.tui.keys.KeyMap;
import io.ironbook.tui.keys.ViewKind;
import io.ironbook.tui.render.JournalText;
import io.ironbook.tui.render.StyledLine;
import io.ironbook.tui.theme.StyleKey;
import io.ironbook.tui.widget.HeadedPane;
import io.ironbook.tui.widget.Look;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * {@code j}: the runs of the journal, newest first — when, which runbook at which version, how it ended, who
 * ran it and with which params. The journal is read off the GUI thread ({@code j} reads it again); Enter opens
 * the selected run, {@code R} resumes it when it stopped before its end (never in read-only mode).
 */
final class JournalView implements View {
    private final JournalStore journal;
    private final Look look;
    private final ZoneId zone;
    private final KeyMap keys;
    private final Tasks tasks;
    private final RunStarter runs;
    private final ViewHost host;
    private final Supplier<Set<String>> going;
    private final HeadedPane body;
    private List<RunRecord> records = List.of();
    private String state;
    private int selected;

    /** @param going the ids of the runs still going in this console */
    JournalView(JournalStore journal, Look look, ZoneId zone, KeyMap keys, Tasks tasks, RunStarter runs,
            ViewHost host, Supplier<Set<String>> going) {
        this.journal = journal;
        this.look = look;
        this.zone = zone;
        this.keys = keys;
        this.tasks = tasks;
        this.runs = runs;
        this.host = host;
        this.going = going;
        this.body = new HeadedPane(look, StyleKey.TABLE_HEADER, width -> JournalText.titles(records, width));
        read();
    }

    /** Reads the journal folder again, keeping the selected run when it is still there. */
    void read() {
        state = "reading " + journal.dir() + look.glyphs().ellipsis();
        render();
        tasks.run("journal", false, journal::list, this::listed, e -> {
            state = "cannot read the journal in " + journal.dir() + ": " + e.getMessage();
            render();
        });
    }

    private void listed(List<RunRecord> read) {
        Optional<String> before = selectedRun().map(run -> run.header().runId());
        records = List.copyOf(read);
        selected = 0;
        before.ifPresent(id -> {
            for (int i = 0; i < records.size(); i++) {
                if (records.get(i).header().runId().equals(id)) {
                    selected = i;
                }
            }
        });
        state = records.isEmpty() ? "no run in " + journal.dir() + " yet" : "";
        render();
        body.pane().revealSelection();
    }

    private void render() {
        body.head().invalidate();
        if (records.isEmpty()) {
            body.pane().lines(List.of(StyledLine.of(state, StyleKey.MUTED)));
            return;
        }
        List<RunRecord> shown = records;
        int chosen = selected;
        Set<String> now = going.get();
        body.pane().lines(width -> JournalText.rows(shown, now, chosen, zone, look.glyphs(), width));
    }

    private Optional<RunRecord> selectedRun() {
        return selected < records.size() ? Optional.of(records.get(selected)) : Optional.empty();
    }

    /** Back from a run's screen: which runs still go may have changed. */
    @Override
    public void shown() {
        render();
    }

    @Override
    public ViewKind kind() {
        return ViewKind.JOURNAL;
    }

    @Override
    public Component body() {
        return body;
    }

    @Override
    public StyledLine summary(int width) {
        Set<String> now = going.get();
        long stopped = records.stream().filter(run -> run.resumable() && !now.contains(run.header().runId())).count();
        return StyledLine.of(" Journal " + records.size() + " run" + (records.size() == 1 ? "" : "s")
                + (stopped == 0 ? "" : "   " + stopped + " can be resumed") + "   " + journal.dir(), StyleKey.SUMMARY);
    }

    /** Up/Down, PgUp/PgDn, Home/End move the selection. */
    @Override
    public boolean key(KeyStroke key) {
        if (records.isEmpty()) {
            return false;
        }
        int page = Math.max(1, body.pane().getSize().getRows() - 1);
        int last = records.size() - 1;
        int next = switch (key.getKeyType()) {
            case ArrowDown -> Math.min(last, selected + 1);
            case ArrowUp -> Math.max(0, selected - 1);
            case PageDown -> Math.min(last, selected + page);
            case PageUp -> Math.max(0, selected - page);
            case Home -> 0;
            case End -> last;
            default -> -1;
        };
        if (next < 0) {
            return false;
        }
        selected = next;
        render();
        body.pane().revealSelection();
        return true;
    }

    @Override
    public boolean perform(ActionId action) {
        switch (action) {
            case DETAIL -> selectedRun().ifPresent(run -> host.open(new JournalRunView(run,
                    going.get().contains(run.header().runId()), look, zone, keys, runs, host)));
            case RESUME -> selectedRun().ifPresent(run -> JournalRunView.resume(run, keys, runs, host));
            case JOURNAL -> read();
            default -> {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean offers(ActionId action) {
        return switch (action) {
            case DETAIL -> selectedRun().isPresent();
            case RESUME -> selectedRun().map(RunRecord::resumable).orElse(false);
            default -> true;
        };
    }
}
