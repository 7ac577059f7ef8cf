package io.ironbook.tui.view;

import com.googlecode.lanterna.gui2.WindowBasedTextGUI;
import io.ironbook.engine.Gate;
import io.ironbook.engine.GateAnswer;
import io.ironbook.tui.dialog.GateDialog;
import io.ironbook.tui.dialog.GateRequest;
import io.ironbook.tui.widget.Look;
import java.util.ArrayList;
import java.util.List;

/**
 * The engine's gates as console dialogs: what will happen (the commands, the hosts, a drain's dry run), Cancel
 * focused, a typed gate's OK inert until the text matches; a manual step's instructions with "Done". The run's
 * thread waits for the answer; the GUI thread never does.
 */
final class ConsoleGate implements Gate {
    /** How console answers are recorded in the journal. */
    static final String HOW = "console";

    private final WindowBasedTextGUI gui;
    private final Look look;

    ConsoleGate(WindowBasedTextGUI gui, Look look) {
        this.gui = gui;
        this.look = look;
    }

    @Override
    public GateAnswer ask(io.ironbook.engine.GateRequest request) throws InterruptedException {
        boolean yes = GateDialog.askAndWait(gui, look, dialog(request));
        if (!yes) {
            return GateAnswer.declined(HOW);
        }
        return request.typedText().map(text -> GateAnswer.typed(text, HOW)).orElseGet(() -> GateAnswer.confirmed(HOW));
    }

    /** The dialog for an engine gate. */
    static GateRequest dialog(io.ironbook.engine.GateRequest request) {
        List<String> lines = new ArrayList<>();
        if (request.manual()) {
            lines.add("Do this by hand, then choose Done (Cancel stops the run here):");
            request.whatHappens().forEach(line -> lines.add("  " + line));
            return GateRequest.confirm("Manual step " + request.stepId() + ": " + request.title(), lines, "Done");
        }
        lines.add("Step " + request.stepId() + " will:");
        request.whatHappens().forEach(line -> lines.add("  " + line));
        lines.add("Cancel ends the run here: nothing after this step runs.");
        String title = "Run step " + request.stepId() + "? " + request.title();
        return request.typedText().map(text -> GateRequest.typed(title, lines, text, "Run"))
                .orElseGet(() -> GateRequest.confirm(title, lines, "Run"));
    }
}
