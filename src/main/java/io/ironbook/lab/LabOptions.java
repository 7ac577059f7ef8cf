package io.ironbook.lab;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * How to build a lab.
 *
 * @param nodes     how many nodes (at least 1): one control plane below 10 nodes, three from 10 on; the rest workers
 * @param scenarios scenarios applied at start
 * @param dir       the lab folder where kubeconfig, inventory, keys and ssh_config are written
 * @param speed     simulated seconds per real second (1 = real time)
 */
public record LabOptions(int nodes, List<ScenarioRequest> scenarios, Path dir, double speed) {

    public LabOptions {
        if (nodes < 1) {
            throw new IllegalArgumentException("a lab needs at least 1 node, not " + nodes);
        }
        if (!(speed > 0) || Double.isInfinite(speed)) {
            throw new IllegalArgumentException("speed must be a positive number, not " + speed);
        }
        scenarios = List.copyOf(scenarios);
        Objects.requireNonNull(dir, "dir");
    }

    /** The default lab: one control plane and three workers, healthy, real time. */
    public static LabOptions defaults(Path dir) {
        return new LabOptions(4, List.of(), dir, 1);
    }

    public int controlPlanes() {
        return nodes >= 10 ? 3 : 1;
    }
}
