package io.ironbook.diagnose.evidence;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The file names of the evidence-bundle contract and the command that typically produces each; a
 * collector writes these names, the reader knows them. Any other {@code *.txt}, {@code *.log} or
 * extension-less file is free text.
 */
public final class BundleFiles {

    public static final String NODE_YAML = "node.yaml";
    public static final String DESCRIBE_NODE = "describe-node.txt";
    public static final String JOURNAL_KUBELET = "journal-kubelet.log";
    public static final String JOURNAL_CONTAINERD = "journal-containerd.log";
    public static final String KERNEL = "kernel.log";
    public static final String SYSTEMCTL_STATUS = "systemctl-status.txt";
    public static final String MOUNTS = "mounts.txt";
    public static final String SWAPS = "swaps.txt";
    public static final String MODULES = "modules.txt";
    public static final String SYSCTL = "sysctl.txt";
    public static final String CONTAINERD_CONFIG = "containerd-config.toml";
    public static final String CNI = "cni.txt";
    public static final String KUBEADM_CERTS = "kubeadm-certs.txt";
    public static final String DF = "df.txt";
    public static final String TIME = "time.txt";
    public static final String GET_NODES = "get-nodes.txt";
    public static final String DESCRIBE_POD = "describe-pod.txt";
    public static final String POD_LOGS = "pod-logs.txt";
    public static final String KUBEADM_PREFLIGHT = "kubeadm-preflight.txt";
    public static final String META = "meta.yaml";

    private static final Map<String, String> COMMANDS = new LinkedHashMap<>();

    static {
        COMMANDS.put(NODE_YAML, "kubectl get node NAME -o yaml");
        COMMANDS.put(DESCRIBE_NODE, "kubectl describe node NAME");
        COMMANDS.put(JOURNAL_KUBELET, "journalctl -u kubelet --no-pager -n 2000");
        COMMANDS.put(JOURNAL_CONTAINERD, "journalctl -u containerd --no-pager -n 2000");
        COMMANDS.put(KERNEL, "journalctl -k --no-pager -n 2000 (or dmesg -T)");
        COMMANDS.put(SYSTEMCTL_STATUS, "systemctl status kubelet containerd --no-pager");
        COMMANDS.put(MOUNTS, "cat /proc/mounts");
        COMMANDS.put(SWAPS, "cat /proc/swaps");
        COMMANDS.put(MODULES, "cat /proc/modules");
        COMMANDS.put(SYSCTL, "sysctl net.ipv4.ip_forward net.bridge.bridge-nf-call-iptables");
        COMMANDS.put(CONTAINERD_CONFIG, "cat /etc/containerd/config.toml");
        COMMANDS.put(CNI, "ls -la /opt/cni/bin /usr/lib/cni /etc/cni/net.d");
        COMMANDS.put(KUBEADM_CERTS, "kubeadm certs check-expiration");
        COMMANDS.put(DF, "df -hT; df -i");
        COMMANDS.put(TIME, "timedatectl");
        COMMANDS.put(GET_NODES, "kubectl get nodes -o wide");
        COMMANDS.put(DESCRIBE_POD, "kubectl describe pod NAME -n NS");
        COMMANDS.put(POD_LOGS, "kubectl logs -n kube-system POD");
        COMMANDS.put(KUBEADM_PREFLIGHT, "kubeadm init phase preflight");
    }

    private BundleFiles() {
    }

    /** The contract's evidence files (without meta.yaml) and the command that typically produces each. */
    public static Map<String, String> evidenceFiles() {
        return java.util.Collections.unmodifiableMap(COMMANDS);
    }

    /** Whether the name is one of the contract's files, meta.yaml included. */
    public static boolean isContractFile(String name) {
        return COMMANDS.containsKey(name) || META.equals(name);
    }

    /** Whether a file that is not a contract file is read as free text: {@code *.txt}, {@code *.log}, no extension. */
    public static boolean isFreeText(String name) {
        if (isContractFile(name)) {
            return false;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".txt") || lower.endsWith(".log") || lower.indexOf('.') < 0;
    }

    /** Whether the reader uses the file at all. */
    public static boolean isEvidence(String name) {
        return COMMANDS.containsKey(name) || isFreeText(name);
    }

    /** The component that writes lines naming no process in this file, or empty. */
    public static String defaultComponent(String name) {
        return switch (name) {
            case JOURNAL_KUBELET -> "kubelet";
            case JOURNAL_CONTAINERD -> "containerd";
            case KERNEL -> "kernel";
            default -> "";
        };
    }

    /** Files that hold the log lines of the node's own services, not structured tables. */
    public static Set<String> logFiles() {
        return Set.of(JOURNAL_KUBELET, JOURNAL_CONTAINERD, KERNEL, POD_LOGS, DESCRIBE_POD, KUBEADM_PREFLIGHT);
    }
}
