package io.ironbook.cluster;

import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Volume;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;

/**
 * kubectl's drain filters, in kubectl's order and with kubectl's messages: pods already being deleted,
 * DaemonSet pods, mirror pods, pods with local storage, pods without a controller. A pod goes through the
 * filters until one stops it; like kubectl, the last warning wins.
 */
final class DrainFilters {
    static final String DAEMONSET_FATAL = "cannot delete DaemonSet-managed Pods (use --ignore-daemonsets to ignore)";
    static final String DAEMONSET_WARNING = "ignoring DaemonSet-managed Pods";
    static final String LOCAL_STORAGE_FATAL = "cannot delete Pods with local storage (use --delete-emptydir-data to override)";
    static final String LOCAL_STORAGE_WARNING = "deleting Pods with local storage";
    static final String UNMANAGED_FATAL = "cannot delete Pods that declare no controller (use --force to override)";
    static final String UNMANAGED_WARNING = "deleting Pods that declare no controller";
    static final String MIRROR_SKIP = "mirror pod (a static pod the kubelet manages)";
    static final String MIRROR_ANNOTATION = "kubernetes.io/config.mirror";

    private final DrainOptions options;
    private final BiPredicate<String, String> daemonSetExists;
    private final Instant now;

    /**
     * @param daemonSetExists answers whether DaemonSet (namespace, name) exists; called only for DaemonSet pods
     */
    DrainFilters(DrainOptions options, BiPredicate<String, String> daemonSetExists, Instant now) {
        this.options = options;
        this.daemonSetExists = daemonSetExists;
        this.now = now;
    }

    /** The decisions for all pods of the node, in the order given. */
    List<PodDecision> decide(List<Pod> pods) {
        List<PodDecision> decisions = new ArrayList<>();
        for (Pod pod : pods) {
            decisions.add(decide(pod));
        }
        return decisions;
    }

    PodDecision decide(Pod pod) {
        PodRef ref = ref(pod);
        PodDecision status = new PodDecision(ref, PodDecision.Verdict.EVICT, "");
        for (Filter filter : List.<Filter>of(this::skipDeleted, this::daemonSet, this::mirror, this::localStorage,
                this::unreplicated)) {
            PodDecision next = filter.apply(pod, ref);
            if (next != null) {
                status = next;
                if (next.verdict() != PodDecision.Verdict.EVICT) {
                    break;
                }
            }
        }
        return status;
    }

    private interface Filter {
        /** A decision, or null for "okay, no warning" (which keeps an earlier warning, like kubectl does not). */
        PodDecision apply(Pod pod, PodRef ref);
    }

    private PodDecision skipDeleted(Pod pod, PodRef ref) {
        if (deletedLongAgo(pod, options.skipWaitForDeleteTimeout(), now)) {
            return new PodDecision(ref, PodDecision.Verdict.SKIP, "being deleted for more than "
                    + options.skipWaitForDeleteTimeout().toSeconds() + "s (--skip-wait-for-delete-timeout)");
        }
        return okay(ref);
    }

    private PodDecision daemonSet(Pod pod, PodRef ref) {
        OwnerReference controller = controllerOf(pod);
        if (controller == null || !"DaemonSet".equals(controller.getKind()) || finished(pod)) {
            return okay(ref);
        }
        if (!daemonSetExists.test(ref.namespace(), controller.getName())) {
            String missing = "daemonsets.apps \"" + controller.getName() + "\" not found";
            return options.force()
                    ? new PodDecision(ref, PodDecision.Verdict.EVICT, missing)
                    : new PodDecision(ref, PodDecision.Verdict.REFUSE, missing + " (use --force to delete the orphan)");
        }
        if (!options.ignoreDaemonSets()) {
            return new PodDecision(ref, PodDecision.Verdict.REFUSE, DAEMONSET_FATAL);
        }
        return new PodDecision(ref, PodDecision.Verdict.SKIP, DAEMONSET_WARNING);
    }

    private PodDecision mirror(Pod pod, PodRef ref) {
        Map<String, String> annotations = pod.getMetadata().getAnnotations();
        if (annotations != null && annotations.containsKey(MIRROR_ANNOTATION)) {
            return new PodDecision(ref, PodDecision.Verdict.SKIP, MIRROR_SKIP);
        }
        return okay(ref);
    }

    private PodDecision localStorage(Pod pod, PodRef ref) {
        if (!hasLocalStorage(pod) || finished(pod)) {
            return okay(ref);
        }
        if (!options.deleteEmptyDirData()) {
            return new PodDecision(ref, PodDecision.Verdict.REFUSE, LOCAL_STORAGE_FATAL);
        }
        return new PodDecision(ref, PodDecision.Verdict.EVICT, LOCAL_STORAGE_WARNING);
    }

    private PodDecision unreplicated(Pod pod, PodRef ref) {
        if (finished(pod) || controllerOf(pod) != null) {
            return okay(ref);
        }
        if (options.force()) {
            return new PodDecision(ref, PodDecision.Verdict.EVICT, UNMANAGED_WARNING);
        }
        return new PodDecision(ref, PodDecision.Verdict.REFUSE, UNMANAGED_FATAL);
    }

    private static PodDecision okay(PodRef ref) {
        return null;
    }

    static PodRef ref(Pod pod) {
        return new PodRef(pod.getMetadata().getNamespace(), pod.getMetadata().getName(), pod.getMetadata().getUid());
    }

    static OwnerReference controllerOf(Pod pod) {
        List<OwnerReference> owners = pod.getMetadata().getOwnerReferences();
        if (owners == null) {
            return null;
        }
        for (OwnerReference owner : owners) {
            if (Boolean.TRUE.equals(owner.getController())) {
                return owner;
            }
        }
        return null;
    }

    static boolean finished(Pod pod) {
        String phase = pod.getStatus() == null ? null : pod.getStatus().getPhase();
        return "Succeeded".equals(phase) || "Failed".equals(phase);
    }

    static boolean hasLocalStorage(Pod pod) {
        if (pod.getSpec() == null || pod.getSpec().getVolumes() == null) {
            return false;
        }
        for (Volume volume : pod.getSpec().getVolumes()) {
            if (volume.getEmptyDir() != null) {
                return true;
            }
        }
        return false;
    }

    /** kubectl's shouldSkipPod: deletion requested more than {@code timeout} ago (a zero timeout never skips). */
    static boolean deletedLongAgo(Pod pod, Duration timeout, Instant now) {
        if (timeout.isZero() || timeout.isNegative()) {
            return false;
        }
        String deletion = pod.getMetadata().getDeletionTimestamp();
        return NodeSummaryMapper.parseTime(deletion)
                .map(at -> Duration.between(at, now).getSeconds() > timeout.getSeconds())
                .orElse(false);
    }
}
