package io.ironbook.tui.dialog;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.gui2.BasicWindow;
import com.googlecode.lanterna.gui2.Button;
import com.googlecode.lanterna.gui2.ComboBox;
import com.googlecode.lanterna.gui2.Direction;
import com.googlecode.lanterna.gui2.EmptySpace;
import com.googlecode.lanterna.gui2.Interactable;
import com.googlecode.lanterna.gui2.Label;
import com.googlecode.lanterna.gui2.LinearLayout;
import com.googlecode.lanterna.gui2.Panel;
import com.googlecode.lanterna.gui2.TextBox;
import com.googlecode.lanterna.gui2.Window;
import com.googlecode.lanterna.gui2.WindowBasedTextGUI;
import com.googlecode.lanterna.gui2.WindowListenerAdapter;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import io.ironbook.runbook.Param;
import io.ironbook.runbook.ParamType;
import io.ironbook.runbook.Runbook;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Asks for a runbook's params before it starts: one field per param with its type and description; a
 * {@code node} param offers the cluster's nodes (the selected one first), an {@code enum} its values, a
 * {@code bool} true/false. Start checks what it can (required, known node, number) and says what is wrong in
 * the dialog; the engine checks everything again. Esc or Cancel starts nothing.
 */
public final class ParamsDialog {
    private final BasicWindow window;
    private final Label problem = new Label("");
    private final Map<Param, Supplier<String>> fields = new LinkedHashMap<>();
    private final List<String> nodes;
    private final Consumer<Map<String, String>> start;
    private final AtomicBoolean answered = new AtomicBoolean();

    private ParamsDialog(WindowBasedTextGUI gui, Runbook runbook, List<String> nodes, Optional<String> selectedNode,
            Consumer<Map<String, String>> start) {
        this.nodes = nodes;
        this.start = start;
        window = new BasicWindow("Start " + runbook.id() + " " + runbook.version());
        window.setHints(List.of(Window.Hint.MODAL, Window.Hint.CENTERED));
        int width = Math.max(30, Math.min(70, gui.getScreen().getTerminalSize().getColumns() - 12));
        Panel body = new Panel(new LinearLayout(Direction.VERTICAL));
        GateDialog.wrap(runbook.title(), width).forEach(line -> body.addComponent(new Label(line)));
        Interactable first = null;
        for (Param param : runbook.params()) {
            body.addComponent(new EmptySpace(new TerminalSize(1, 1)));
            String what = param.name() + " (" + param.type().yamlName() + (param.required() ? ", required" : "")
                    + (param.secret() ? ", secret" : "") + ")" + (param.description().isBlank() ? "" : ": "
                    + param.description());
            GateDialog.wrap(what, width).forEach(line -> body.addComponent(new Label(line)));
            Interactable field = field(param, selectedNode, width);
            body.addComponent((com.googlecode.lanterna.gui2.Component) field);
            if (first == null) {
                first = field;
            }
        }
        if (runbook.params().isEmpty()) {
            body.addComponent(new Label("This runbook takes no params."));
        }
        body.addComponent(new EmptySpace(new TerminalSize(1, 1)));
        body.addComponent(problem);
        Panel buttons = new Panel(new LinearLayout(Direction.HORIZONTAL));
        Button cancel = new Button("Cancel", this::cancel);
        buttons.addComponent(cancel);
        buttons.addComponent(new Button("Start", this::submit));
        body.addComponent(buttons);
        window.setComponent(body);
        window.addWindowListener(new WindowListenerAdapter() {
            @Override
            public void onInput(Window basePane, KeyStroke key, AtomicBoolean deliverEvent) {
                if (key.getKeyType() == KeyType.Escape) {
                    deliverEvent.set(false);
                    cancel();
                }
            }
        });
        gui.addWindow(window);
        window.setFocusedInteractable(first != null ? first : cancel);
    }

    /**
     * Shows the dialog; {@code start} receives the params when the operator chooses Start. Call on the GUI
     * thread.
     *
     * @param nodes the cluster's node names, offered for node params
     * @param selectedNode the node the operator had selected, offered first
     */
    public static ParamsDialog ask(WindowBasedTextGUI gui, Runbook runbook, List<String> nodes,
            Optional<String> selectedNode, Consumer<Map<String, String>> start) {
        return new ParamsDialog(gui, runbook, nodes, selectedNode, start);
    }

    private Interactable field(Param param, Optional<String> selectedNode, int width) {
        List<String> choices = new ArrayList<>();
        boolean editable = true;
        String initial = param.defaultValue().orElse("");
        if (param.type() == ParamType.NODE) {
            selectedNode.filter(nodes::contains).ifPresent(choices::add);
            nodes.stream().filter(name -> !choices.contains(name)).forEach(choices::add);
            initial = selectedNode.filter(nodes::contains).orElse(initial);
        } else if (param.type() == ParamType.ENUM) {
            choices.addAll(param.values());
            editable = false;
        } else if (param.type() == ParamType.BOOL) {
            choices.addAll(List.of("true", "false"));
            editable = false;
        }
        if (choices.isEmpty()) {
            TextBox box = new TextBox(new TerminalSize(width, 1), initial);
            if (param.secret()) {
                box.setMask('*');
            }
            fields.put(param, box::getText);
            return box;
        }
        ComboBox<String> combo = new ComboBox<>(choices);
        combo.setReadOnly(!editable);
        combo.setPreferredSize(new TerminalSize(width, 1));
        if (choices.contains(initial)) {
            combo.setSelectedItem(initial);
        } else if (editable) {
            combo.setSelectedIndex(-1);
        }
        fields.put(param, () -> combo.isReadOnly() ? Optional.ofNullable(combo.getSelectedItem()).orElse("")
                : combo.getText());
        return combo;
    }

    private void submit() {
        Map<String, String> values = new LinkedHashMap<>();
        for (Map.Entry<Param, Supplier<String>> field : fields.entrySet()) {
            Param param = field.getKey();
            String value = field.getValue().get().strip();
            Optional<String> wrong = check(param, value);
            if (wrong.isPresent()) {
                problem.setText(wrong.get());
                return;
            }
            if (!value.isEmpty()) {
                values.put(param.name(), value);
            }
        }
        if (answered.compareAndSet(false, true)) {
            window.close();
            start.accept(values);
        }
    }

    private Optional<String> check(Param param, String value) {
        if (value.isEmpty()) {
            return param.required() ? Optional.of(param.name() + " is required") : Optional.empty();
        }
        if (param.type() == ParamType.NODE && !nodes.isEmpty() && !nodes.contains(value)) {
            return Optional.of(param.name() + ": no node named '" + value + "' in the cluster");
        }
        if (param.type() == ParamType.INT && !value.matches("-?\\d{1,9}")) {
            return Optional.of(param.name() + ": '" + value + "' is not a whole number");
        }
        return Optional.empty();
    }

    private void cancel() {
        if (answered.compareAndSet(false, true)) {
            window.close();
        }
    }

    /** The window, for tests. */
    public Window window() {
        return window;
    }
}
