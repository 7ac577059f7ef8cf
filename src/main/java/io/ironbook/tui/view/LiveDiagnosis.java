package io.ironbook.tui.view;

import io.ironbook.diagnose.DiagnosisReport;
import java.util.function.Consumer;

/**
 * Diagnoses a live node for the diagnosis screen: collects its evidence over SSH and the API and analyses it.
 * Called off the GUI thread; {@code progress} receives lines to show while it works.
 */
@FunctionalInterface
public interface LiveDiagnosis {

    /**
     * The node's diagnosis.
     *
     * @throws Exception when the node cannot be diagnosed at all (nothing could be collected)
     */
    DiagnosisReport diagnose(String node, Consumer<String> progress) throws Exception;
}
