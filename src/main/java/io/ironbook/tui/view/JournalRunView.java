package io.ironbook.tui.view;

import com.googlecode.lanterna.gui2.Component;
import com.googlecode.lanterna.input.KeyStroke;
import io.ironbook.engine.RunRecord;
import io.ironbook.tui.keys.ActionId;
import io.ironbook.tui.keys.KeyMap;
import io.ironbook.tui.keys.ViewKind;
import io.ironbook.tui.render.JournalRunText;
import io.ironbook.tui.render.JournalText;
import io.ironbook.tui.render.StyledLine;
import io.ironbook.tui.theme.StyleKey;
import io.ironbook.tui.widget.LinesPane;
import io.ironbook.tui.widget.Look;
import java.time.ZoneId;

/**
 * Enter on a run of the journal: who ran what where, each step's status, and every event — gates and how they
 * were answered, waits, how the run ended. {@code R} resumes it when it stopped before its end.
 */
final class JournalRunView implements View {
    private final RunRecord run;
    private final KeyMap keys;
    private final RunStarter runs;
    private final ViewHost host;
    private final LinesPane pane;

    /** @param going whether the run is still going in this console */
    JournalRunView(RunRecord run, boolean going, Look look, ZoneId zone, KeyMap keys, RunStarter runs,
            ViewHost host) {
        this.run = run;
        this.host = host;
        this.keys = keys;
        this.runs = runs;
        this.pane = new LinesPane(look);
        String hint = keys.forView(ViewKind.JOURNAL_RUN).stream().filter(b -> b.action() == ActionId.RESUME)
                .findFirst().map(b -> b.key().label() + " resumes it").orElse("");
        pane.lines(width -> JournalRunText.lines(run, zone, look.glyphs(), width, hint, going));
    }

    /** Resumes {@code run} if it stopped before its end and resuming is offered; else says why not. */
    static void resume(RunRecord run, KeyMap keys, RunStarter runs, ViewHost host) {
        if (!keys.offers(ActionId.RESUME)) {
            host.message("resume is not offered: the console is read-only", true);
        } else if (!run.resumable()) {
            host.message(run.header().runId() + " " + run.state() + ": there is nothing to resume", true);
        } else {
            runs.resume(run.header().runId());
        }
    }

    @Override
    public ViewKind kind() {
        return ViewKind.JOURNAL_RUN;
    }

    @Override
    public Component body() {
        return pane;
    }

    @Override
    public StyledLine summary(int width) {
        return StyledLine.of(" Run " + run.header().runId() + "   " + JournalText.ref(run.header()), StyleKey.SUMMARY);
    }

    @Override
    public boolean key(KeyStroke key) {
        return pane.scroll(key);
    }

    @Override
    public boolean perform(ActionId action) {
        if (action != ActionId.RESUME) {
            return false;
        }
        resume(run, keys, runs, host);
        return true;
    }

    @Override
    public boolean offers(ActionId action) {
        return action != ActionId.RESUME || run.resumable();
    }
}
