package io.ironbook.cluster;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.NodeStatus;
import io.fabric8.kubernetes.api.model.NodeSystemInfo;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.client.informers.cache.BasicItemStore;
import io.fabric8.kubernetes.client.informers.cache.Cache;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * An informer cache that keeps only what the node store reads. At 5,000 nodes and 150,000 pods a cache of
 * whole pods takes gigabytes; a pod here keeps its name, namespace, UID, resourceVersion, node and phase,
 * and a node keeps what the node store summarizes (conditions, taints, cordon, role labels, ironbook's cordon
 * annotations, InternalIP, kubelet version, boot id).
 */
final class SlimItemStore<T extends HasMetadata> extends BasicItemStore<T> {
    private static final Set<String> CORDON_ANNOTATIONS = Set.of(CordonMark.CORDONED_BY, CordonMark.CORDON_RUN,
            CordonMark.CORDON_REASON, CordonMark.CORDONED_AT);
    private final UnaryOperator<T> slim;

    private SlimItemStore(UnaryOperator<T> slim) {
        super(Cache::metaNamespaceKeyFunc);
        this.slim = slim;
    }

    static SlimItemStore<Pod> pods() {
        return new SlimItemStore<>(pod -> new PodBuilder()
                .withNewMetadata().withName(pod.getMetadata().getName()).withNamespace(pod.getMetadata().getNamespace())
                .withUid(pod.getMetadata().getUid()).withResourceVersion(pod.getMetadata().getResourceVersion())
                .endMetadata()
                .withNewSpec().withNodeName(pod.getSpec() == null ? null : pod.getSpec().getNodeName()).endSpec()
                .withNewStatus().withPhase(pod.getStatus() == null ? null : pod.getStatus().getPhase()).endStatus()
                .build());
    }

    static SlimItemStore<Node> nodes() {
        // Stripped in place: a copy through NodeBuilder costs more than the whole list of 5,000 nodes.
        // The informer hands these objects only to the node store, which reads no more than what is kept
        // here (NodeSummaryMapper): 5,000 whole nodes took about twice the heap.
        return new SlimItemStore<>(SlimItemStore::slimNode);
    }

    private static Node slimNode(Node node) {
        ObjectMeta metadata = node.getMetadata();
        metadata.setManagedFields(null);
        metadata.setLabels(kept(metadata.getLabels(), key -> key.startsWith("node-role.kubernetes.io/") || key.equals("kubernetes.io/role")));
        metadata.setAnnotations(kept(metadata.getAnnotations(), CORDON_ANNOTATIONS::contains));
        if (node.getSpec() != null) {
            node.getSpec().setPodCIDR(null);
            node.getSpec().setPodCIDRs(null);
            node.getSpec().setProviderID(null);
        }
        NodeStatus status = node.getStatus();
        if (status != null) {
            status.setImages(null);
            status.setCapacity(null);
            status.setAllocatable(null);
            status.setDaemonEndpoints(null);
            status.setConfig(null);
            status.setVolumesAttached(null);
            status.setVolumesInUse(null);
            if (status.getAddresses() != null) {
                status.setAddresses(status.getAddresses().stream().filter(a -> "InternalIP".equals(a.getType())).toList());
            }
            if (status.getNodeInfo() != null) {
                NodeSystemInfo info = new NodeSystemInfo();
                info.setKubeletVersion(status.getNodeInfo().getKubeletVersion());
                info.setBootID(status.getNodeInfo().getBootID());
                status.setNodeInfo(info);
            }
            if (status.getConditions() != null) {
                status.getConditions().forEach(condition -> condition.setLastTransitionTime(null));
            }
        }
        return node;
    }

    private static Map<String, String> kept(Map<String, String> map, Predicate<String> keep) {
        if (map == null || map.isEmpty()) {
            return map;
        }
        Map<String, String> kept = new LinkedHashMap<>();
        map.forEach((key, value) -> {
            if (keep.test(key)) {
                kept.put(key, value);
            }
        });
        return kept;
    }

    @Override
    public T put(String key, T object) {
        return super.put(key, slim.apply(object));
    }
}
