package io.ironbook.engine;

import java.util.List;
import java.util.function.Consumer;

/**
 * Diagnoses a live node for a {@code diagnose} step: collects its evidence and analyses it. The
 * composition root backs it with the collector and the diagnosis rules.
 */
@FunctionalInterface
public interface NodeDiagnoser {

    /**
     * One finding of a diagnosis.
     *
     * @param id      the finding id
     * @param summary what was found, in one line
     */
    record Finding(String id, String summary) {
    }

    /**
     * Diagnoses the node; {@code progress} receives lines to show while it works.
     *
     * @throws Exception when the node cannot be diagnosed at all
     */
    List<Finding> diagnose(String node, Consumer<String> progress) throws Exception;
}
