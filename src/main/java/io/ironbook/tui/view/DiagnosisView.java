package io.ironbook.tui.view;

import com.googlecode.lanterna.gui2.Component;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import io.ironbook.diagnose.DiagnosisReport;
import io.ironbook.diagnose.Remediation;
import io.ironbook.runbook.Runbook;
import io.ironbook.runbook.RunbookCatalogue;
import io.ironbook.tui.keys.ActionId;
import io.ironbook.tui.keys.KeyMap;
import io.ironbook.tui.keys.ViewKind;
import io.ironbook.tui.render.Ages;
import io.ironbook.tui.render.DiagnosisText;
import io.ironbook.tui.render.StyledLine;
import io.ironbook.tui.theme.StyleKey;
import io.ironbook.tui.widget.HeadedPane;
import io.ironbook.tui.widget.Look;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * {@code d} on a node: its live diagnosis. While evidence is collected and analysed (off the GUI thread) a line
 * shows the latest progress and the time elapsed; then the report: verdict, the cascade as arrows, the remedy
 * runbooks (Up/Down choose one, Enter runs it with the node as its {@code node} param), each link with its
 * evidence, and what the evidence cannot say. {@code d} diagnoses again; the last report stays on screen
 * meanwhile.
 */
final class DiagnosisView implements View {
    private final String node;
    private final LiveDiagnosis diagnosis;
    private final RunbookCatalogue catalogue;
    private final Look look;
    private final Clock clock;
    private final KeyMap keys;
    private final Tasks tasks;
    private final RunStarter runs;
    private final ViewHost host;
    private final HeadedPane body;
    private final AtomicReference<Thread> worker = new AtomicReference<>();
    private Optional<DiagnosisReport> report = Optional.empty();
    private String failure = "";
    private boolean running;
    private Instant started;
    private Duration took = Duration.ZERO;
    private String progress = "";
    private int selected;

    DiagnosisView(String node, ConsoleOperations operations, Look look, Clock clock, KeyMap keys, Tasks tasks,
            RunStarter runs, ViewHost host) {
        this.node = node;
        this.diagnosis = operations.diagnosis();
        this.catalogue = operations.catalogue();
        this.look = look;
        this.clock = clock;
        this.keys = keys;
        this.tasks = tasks;
        this.runs = runs;
        this.host = host;
        this.body = new HeadedPane(look, StyleKey.ROW, this::statusLine);
        diagnose();
    }

    /** Collects and analyses the node's evidence off the GUI thread; ignored while a diagnosis runs. */
    void diagnose() {
        if (running) {
            host.message("the diagnosis of " + node + " is still running", false);
            return;
        }
        running = true;
        failure = "";
        progress = "starting";
        started = clock.instant();
        render();
        tasks.run("diagnosis of " + node, false, () -> {
            worker.set(Thread.currentThread());
            try {
                return diagnosis.diagnose(node, line -> tasks.later(() -> progressed(line)));
            } finally {
                worker.set(null);
                Thread.interrupted();
            }
        }, this::diagnosed, this::failed);
    }

    /** Leaving the screen stops a diagnosis still collecting: its SSH probes and API reads are interrupted. */
    @Override
    public void closed() {
        Thread thread = worker.get();
        if (thread != null) {
            thread.interrupt();
        }
    }

    private void progressed(String line) {
        if (running) {
            progress = line;
            body.head().invalidate();
        }
    }

    private void diagnosed(DiagnosisReport result) {
        running = false;
        took = Duration.between(started, clock.instant());
        report = Optional.of(result);
        selected = Math.min(selected, Math.max(0, result.remediation().size() - 1));
        render();
    }

    private void failed(Exception e) {
        running = false;
        took = Duration.between(started, clock.instant());
        failure = e.getMessage() == null ? e.toString() : e.getMessage();
        render();
    }

    private StyledLine statusLine(int width) {
        String ellipsis = look.glyphs().ellipsis();
        if (running) {
            return new StyledLine.Builder()
                    .add(" diagnosing " + node + " " + Ages.compact(Duration.between(started, clock.instant())) + "  ",
                            StyleKey.TITLE)
                    .add(look.glyphs().fit(progress + ellipsis, Math.max(0, width - node.length() - 20)),
                            StyleKey.ROW).build();
        }
        if (!failure.isEmpty()) {
            return StyledLine.of(look.glyphs().fit(" the diagnosis of " + node + " failed after " + Ages.compact(took)
                    + ": " + failure, width), StyleKey.MESSAGE_ERROR);
        }
        return StyledLine.of(look.glyphs().fit(" diagnosed in " + Ages.compact(took) + (progress.isEmpty() ? ""
                : ": " + progress), width), StyleKey.MUTED);
    }

    private void render() {
        body.head().invalidate();
        if (report.isEmpty()) {
            String text = running ? "collecting evidence from " + node + " over SSH and the API" + look.glyphs()
                    .ellipsis() : "no diagnosis (" + keyOf(ActionId.RERUN) + " tries again)";
            body.pane().lines(List.of(StyledLine.of(text, StyleKey.MUTED)));
            return;
        }
        DiagnosisReport shown = report.get();
        DiagnosisText.Choice choice = new DiagnosisText.Choice(node, selected, keys.offers(ActionId.START));
        body.pane().lines(width -> DiagnosisText.lines(shown, look.glyphs(), width, choice));
    }

    private String keyOf(ActionId action) {
        return keys.forView(kind()).stream().filter(binding -> binding.action() == action).findFirst()
                .map(binding -> binding.key().label()).orElse(":" + action.id());
    }

    private List<Remediation> remedies() {
        return report.map(DiagnosisReport::remediation).orElse(List.of());
    }

    @Override
    public ViewKind kind() {
        return ViewKind.DIAGNOSIS;
    }

    @Override
    public Component body() {
        return body;
    }

    @Override
    public StyledLine summary(int width) {
        String verdict = report.map(r -> r.healthy() ? "healthy" : r.findings().size() + " finding"
                + (r.findings().size() == 1 ? "" : "s")).orElse("");
        return StyledLine.of(" Diagnosis of " + node + (verdict.isEmpty() ? "" : "   " + verdict), StyleKey.SUMMARY);
    }

    /** Up/Down choose a remedy (past the first or last they scroll); PgUp/PgDn/Home/End scroll. */
    @Override
    public boolean key(KeyStroke key) {
        boolean choosing = keys.offers(ActionId.START) && !remedies().isEmpty();
        if (choosing && key.getKeyType() == KeyType.ArrowDown && selected < remedies().size() - 1) {
            select(selected + 1);
            return true;
        }
        if (choosing && key.getKeyType() == KeyType.ArrowUp && selected > 0) {
            select(selected - 1);
            return true;
        }
        return body.pane().scroll(key);
    }

    private void select(int index) {
        selected = index;
        render();
        body.pane().revealSelection();
    }

    @Override
    public boolean perform(ActionId action) {
        if (action != ActionId.RERUN) {
            return false;
        }
        diagnose();
        return true;
    }

    /** Enter: runs the chosen remedy with the node as its {@code node} param. */
    @Override
    public boolean start() {
        List<Remediation> remedies = remedies();
        if (remedies.isEmpty()) {
            host.message(report.isEmpty() ? "no diagnosis yet" : "no runbook remedies this diagnosis", true);
            return false;
        }
        Remediation remedy = remedies.get(selected);
        Optional<Runbook> runbook = catalogue.find(remedy.runbook());
        if (runbook.isEmpty()) {
            host.message("runbook " + remedy.runbook() + " is no longer in the catalogue", true);
            return false;
        }
        runs.start(runbook.get(), runbook.get().param("node").isPresent() ? Map.of("node", node) : Map.of());
        return true;
    }

    @Override
    public boolean offers(ActionId action) {
        return action != ActionId.START || !remedies().isEmpty();
    }

    @Override
    public Optional<String> selectedNode() {
        return Optional.of(node);
    }

    /** The report shown, if any (tests). */
    Optional<DiagnosisReport> report() {
        return report;
    }
}
