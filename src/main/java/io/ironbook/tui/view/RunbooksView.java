package io.ironbook.tui.view;

import com.googlecode.lanterna.gui2.BorderLayout;
import com.googlecode.lanterna.gui2.Component;
import com.googlecode.lanterna.gui2.Panel;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import io.ironbook.runbook.Runbook;
import io.ironbook.tui.keys.ViewKind;
import io.ironbook.tui.render.StyledLine;
import io.ironbook.tui.theme.StyleKey;
import io.ironbook.tui.widget.LinesPane;
import io.ironbook.tui.widget.Look;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * {@code b}: the runbook catalogue, with the runs still going listed first. Up and Down choose; the lower
 * half says what the chosen runbook does (description, lifecycle, params, steps and gates); Enter starts it
 * (params first) or returns to a run still going.
 */
final class RunbooksView implements View {
    private final List<Runbook> all;
    private List<Runbook> runbooks;
    private String filter = "";
    private final Supplier<List<RunView>> active;
    private final Look look;
    private final boolean canStart;
    private final Consumer<Runbook> start;
    private final Consumer<RunView> reopen;
    private final LinesPane list;
    private final LinesPane detail;
    private final Panel body = new Panel(new BorderLayout());
    private int selected;

    /**
     * @param active the runs still going, listed first
     * @param start what Enter on a runbook does (ask for params, then run)
     * @param reopen what Enter on a run still going does
     */
    RunbooksView(List<Runbook> runbooks, Supplier<List<RunView>> active, Look look, boolean canStart, int listRows,
            Consumer<Runbook> start, Consumer<RunView> reopen) {
        this.all = List.copyOf(runbooks);
        this.runbooks = this.all;
        this.active = active;
        this.look = look;
        this.canStart = canStart;
        this.start = start;
        this.reopen = reopen;
        this.list = new LinesPane(look, Math.max(3, listRows));
        this.detail = new LinesPane(look);
        body.addComponent(list, BorderLayout.Location.TOP);
        body.addComponent(detail, BorderLayout.Location.CENTER);
        render();
    }

    private int size() {
        return active.get().size() + runbooks.size();
    }

    private void render() {
        List<RunView> runs = active.get();
        selected = Math.max(0, Math.min(selected, size() - 1));
        List<StyledLine> rows = new ArrayList<>();
        int index = 0;
        for (RunView run : runs) {
            rows.add(row(index++, "▶ " + run.progress().title() + "  " + run.progress().state(), StyleKey.REASON));
        }
        int idWidth = runbooks.stream().mapToInt(runbook -> runbook.id().length()).max().orElse(10);
        for (Runbook runbook : runbooks) {
            String remedies = runbook.appliesTo().isEmpty() ? "" : "  (remedies " + String.join(", ",
                    runbook.appliesTo()) + ")";
            rows.add(row(index++, String.format("%-" + idWidth + "s  %-7s %s%s", runbook.id(), runbook.version(),
                    runbook.title(), remedies), StyleKey.ROW));
        }
        if (rows.isEmpty()) {
            rows.add(StyledLine.of(all.isEmpty() ? "no runbooks: the catalogue is empty"
                    : "no runbook matches '" + filter + "' (Esc clears the filter)", StyleKey.MUTED));
        }
        list.lines(rows);
        list.reveal(selected);
        if (selected < runs.size()) {
            RunView run = runs.get(selected);
            detail.lines(List.of(StyledLine.blank(), StyledLine.of(run.progress().title() + ": "
                    + run.progress().state(), StyleKey.TITLE), StyledLine.of("Enter returns to it.", StyleKey.MUTED)));
        } else if (runbooks.isEmpty()) {
            detail.lines(List.of());
        } else {
            List<StyledLine> lines = new ArrayList<>();
            lines.add(StyledLine.of(look.glyphs().dash().repeat(3), StyleKey.MUTED));
            lines.addAll(RunbookDetailText.lines(runbooks.get(selected - runs.size()), look.glyphs(), canStart));
            detail.lines(lines);
        }
    }

    private StyledLine row(int index, String text, StyleKey style) {
        return StyledLine.of((index == selected ? "> " : "  ") + text, index == selected ? StyleKey.ROW_SELECTED : style);
    }

    @Override
    public ViewKind kind() {
        return ViewKind.RUNBOOKS;
    }

    @Override
    public Component body() {
        return body;
    }

    @Override
    public StyledLine summary(int width) {
        int runs = active.get().size();
        String shown = filter.isEmpty() ? String.valueOf(all.size())
                : runbooks.size() + " of " + all.size() + "  /" + filter;
        return StyledLine.of(" Runbooks " + shown + (runs == 0 ? "" : "  runs going " + runs), StyleKey.SUMMARY);
    }

    @Override
    public boolean key(KeyStroke key) {
        KeyType type = key.getKeyType();
        if (type == KeyType.ArrowDown || type == KeyType.ArrowUp) {
            selected += type == KeyType.ArrowDown ? 1 : -1;
            render();
            return true;
        }
        if (type == KeyType.Enter) {
            List<RunView> runs = active.get();
            if (selected < runs.size()) {
                reopen.accept(runs.get(selected));
                return true;
            }
            return false;
        }
        return detail.scroll(key);
    }

    @Override
    public boolean start() {
        List<RunView> runs = active.get();
        if (selected < runs.size()) {
            reopen.accept(runs.get(selected));
            return true;
        }
        if (selected - runs.size() < runbooks.size()) {
            start.accept(runbooks.get(selected - runs.size()));
            return true;
        }
        return false;
    }

    @Override
    public Optional<Search> search() {
        return Optional.of(new Search("/", filter, this::filter));
    }

    private void filter(String text) {
        filter = text;
        String needle = text.toLowerCase(Locale.ROOT);
        runbooks = all.stream().filter(runbook -> needle.isEmpty() || (runbook.id() + " " + runbook.title() + " "
                + String.join(" ", runbook.appliesTo())).toLowerCase(Locale.ROOT).contains(needle)).toList();
        selected = active.get().size();
        render();
    }

    @Override
    public boolean back() {
        if (!filter.isEmpty()) {
            filter("");
            return true;
        }
        return false;
    }

    @Override
    public void nodesChanged() {
        render();
    }
}
