package io.ironbook.lab.control;

import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.Taint;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The taints the node lifecycle controller keeps in step with a Node's conditions and cordon flag. */
final class Taints {
    static final String NOT_READY = "node.kubernetes.io/not-ready";
    static final String UNREACHABLE = "node.kubernetes.io/unreachable";
    static final String UNSCHEDULABLE = "node.kubernetes.io/unschedulable";
    static final String DISK_PRESSURE = "node.kubernetes.io/disk-pressure";
    private static final Set<String> MANAGED = Set.of(NOT_READY, UNREACHABLE, UNSCHEDULABLE, DISK_PRESSURE);

    private Taints() {
    }

    static void sync(Node node, Instant now) {
        List<Taint> desired = new ArrayList<>();
        String ready = Conditions.readyStatus(node.getStatus().getConditions());
        if (ready.equals("False")) {
            desired.add(new Taint("NoSchedule", NOT_READY, null, null));
            desired.add(new Taint("NoExecute", NOT_READY, Conditions.time(now), null));
        } else if (ready.equals("Unknown")) {
            desired.add(new Taint("NoSchedule", UNREACHABLE, null, null));
            desired.add(new Taint("NoExecute", UNREACHABLE, Conditions.time(now), null));
        }
        if (Boolean.TRUE.equals(node.getSpec().getUnschedulable())) {
            desired.add(new Taint("NoSchedule", UNSCHEDULABLE, Conditions.time(now), null));
        }
        var disk = Conditions.find(node.getStatus().getConditions(), "DiskPressure");
        if (disk != null && "True".equals(disk.getStatus())) {
            desired.add(new Taint("NoSchedule", DISK_PRESSURE, Conditions.time(now), null));
        }
        List<Taint> current = node.getSpec().getTaints() == null ? List.of() : node.getSpec().getTaints();
        List<Taint> result = new ArrayList<>();
        for (Taint t : current) {
            if (!MANAGED.contains(t.getKey())) {
                result.add(t);
            }
        }
        for (Taint want : desired) {
            Taint kept = current.stream().filter(t -> t.getKey().equals(want.getKey()) && t.getEffect().equals(want.getEffect()))
                    .findFirst().orElse(want);
            result.add(kept);
        }
        node.getSpec().setTaints(result);
    }
}
