package io.ironbook.lab.shell;

import io.ironbook.lab.node.NodeState;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A simulated {@code kubeadm}: {@code version}, {@code certs check-expiration}, {@code certs renew},
 * {@code reset}, {@code join}, {@code init} (and {@code init phase preflight}), {@code token create}.
 * Preflight checks read the node's real simulated state (swap, modules, sysctls, runtime).
 */
final class KubeadmCommand implements ShellCommand {
    private static final DateTimeFormatter EXPIRES = DateTimeFormatter.ofPattern("MMM dd, yyyy HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);
    private static final List<String> CERTS = List.of("admin.conf", "apiserver", "apiserver-etcd-client", "apiserver-kubelet-client",
            "controller-manager.conf", "etcd-healthcheck-client", "etcd-peer", "etcd-server", "front-proxy-client", "scheduler.conf",
            "super-admin.conf");

    @Override
    public int run(Invocation inv) {
        List<String> args = inv.args();
        String joined = String.join(" ", args);
        if (args.isEmpty()) {
            return inv.fail(1, "missing command; try 'kubeadm --help'");
        }
        if (joined.startsWith("version")) {
            inv.println("kubeadm version: &version.Info{Major:\"1\", Minor:\"30\", GitVersion:\"v1.30.4\", GitCommit:\"a51b3b711150f57ffc1f526a640ec058514ed596\","
                    + " GitTreeState:\"clean\", BuildDate:\"2024-08-14T19:02:46Z\", GoVersion:\"go1.22.5\", Compiler:\"gc\", Platform:\"linux/amd64\"}");
            return 0;
        }
        if (joined.startsWith("certs check-expiration")) {
            return checkExpiration(inv);
        }
        if (joined.startsWith("certs renew")) {
            return renew(inv);
        }
        if (joined.startsWith("reset")) {
            return reset(inv);
        }
        if (joined.startsWith("join") || joined.startsWith("init")) {
            return joinOrInit(inv, joined.startsWith("init"), joined.contains("phase preflight"));
        }
        if (joined.startsWith("token create")) {
            inv.println("kubeadm join " + inv.node().cluster().endpoint() + " --token 9k2f1x.q8h3m0v7w2c4z6b1 --discovery-token-ca-cert-hash"
                    + " sha256:4f8c2e1d9b7a6c5e3f1d0b9a8c7e6d5f4a3b2c1d0e9f8a7b6c5d4e3f2a1b0c9d");
            return 0;
        }
        return inv.fail(1, "unknown command \"" + args.get(0) + "\" for \"kubeadm\"");
    }

    private int checkExpiration(Invocation inv) {
        NodeState node = inv.node();
        inv.println("[check-expiration] Reading configuration from the cluster...");
        inv.println("[check-expiration] FYI: You can look at this config file with 'kubectl -n kube-system get cm kubeadm-config -o yaml'");
        if (!node.controlPlane()) {
            inv.error("error execution phase check-expiration: failed to load existing certificate apiserver: open /etc/kubernetes/pki/apiserver.crt:"
                    + " no such file or directory");
            return 1;
        }
        inv.println("");
        Instant notAfter = node.certsNotAfter();
        String residual = residual(notAfter, inv.now());
        inv.println("CERTIFICATE                EXPIRES                  RESIDUAL TIME   CERTIFICATE AUTHORITY   EXTERNALLY MANAGED");
        for (String cert : CERTS) {
            String ca = cert.startsWith("etcd") || cert.equals("apiserver-etcd-client") ? "etcd-ca" : cert.startsWith("front") ? "front-proxy-ca" : "ca";
            inv.println(String.format(Locale.ROOT, "%-26s %-24s %-15s %-23s %s", cert, EXPIRES.format(notAfter), residual, ca, "no"));
        }
        inv.println("");
        inv.println("CERTIFICATE AUTHORITY   EXPIRES                  RESIDUAL TIME   EXTERNALLY MANAGED");
        Instant caNotAfter = inv.now().plus(Duration.ofDays(3285));
        for (String ca : List.of("ca", "etcd-ca", "front-proxy-ca")) {
            inv.println(String.format(Locale.ROOT, "%-23s %-24s %-15s %s", ca, EXPIRES.format(caNotAfter), "8y", "no"));
        }
        return 0;
    }

    private static String residual(Instant notAfter, Instant now) {
        if (now.isAfter(notAfter)) {
            return "<invalid>";
        }
        long days = Duration.between(now, notAfter).toDays();
        return days >= 365 ? (days / 365) + "y" : days + "d";
    }

    private int renew(Invocation inv) {
        NodeState node = inv.node();
        if (!node.writable("/etc/kubernetes/pki")) {
            return inv.fail(1, "failed to write /etc/kubernetes/pki/apiserver.crt: read-only file system");
        }
        inv.println("[renew] Reading configuration from the cluster...");
        inv.println("[renew] FYI: You can look at this config file with 'kubectl -n kube-system get cm kubeadm-config -o yaml'");
        inv.println("");
        for (String cert : CERTS) {
            inv.println("certificate for " + cert + " renewed");
        }
        inv.println("");
        inv.println("Done renewing certificates. You must restart the kube-apiserver, kube-controller-manager, kube-scheduler and etcd,"
                + " so that they can use the new certificates.");
        node.setCertsNotAfter(inv.now().plus(Duration.ofDays(365)));
        return 0;
    }

    private int reset(Invocation inv) {
        NodeState node = inv.node();
        if (!inv.args().contains("-f") && !inv.args().contains("--force")) {
            inv.println("W1126 reset.go:124] [reset] Unable to fetch the kubeadm-config ConfigMap from cluster: failed to get config map");
            inv.error("[reset] Are you sure you want to proceed? [y/N]: error: won't proceed; the user didn't answer (Y|y) in order to continue");
            return 1;
        }
        inv.println("[preflight] Running pre-flight checks");
        inv.os().systemd().stop("kubelet", inv.now());
        inv.println("[reset] Stopping the kubelet service");
        inv.println("[reset] Unmounting mounted directories in \"/var/lib/kubelet\"");
        inv.println("[reset] Deleting contents of directories: [/etc/kubernetes/manifests /var/lib/kubelet /etc/kubernetes/pki]");
        inv.println("[reset] Deleting files: [/etc/kubernetes/admin.conf /etc/kubernetes/kubelet.conf /etc/kubernetes/bootstrap-kubelet.conf]");
        inv.println("");
        inv.println("The reset process does not clean CNI configuration. To do so, you must remove /etc/cni/net.d");
        node.remove("/etc/kubernetes/kubelet.conf");
        node.remove("/var/lib/kubelet/config.yaml");
        node.setKubeadmJoined(false);
        return 0;
    }

    private int joinOrInit(Invocation inv, boolean init, boolean preflightOnly) {
        NodeState node = inv.node();
        inv.println("[preflight] Running pre-flight checks");
        List<String> errors = new ArrayList<>();
        if (node.kubeadmJoined() && !preflightOnly) {
            errors.add("[ERROR FileAvailable--etc-kubernetes-kubelet.conf]: /etc/kubernetes/kubelet.conf already exists");
            if (init) {
                errors.add("[ERROR Port-6443]: Port 6443 is in use");
            }
        }
        if (node.swapActive()) {
            errors.add("[ERROR Swap]: running with swap on is not supported. Please disable swap");
        }
        if (!node.sysctls().containsKey("net.bridge.bridge-nf-call-iptables")) {
            errors.add("[ERROR FileContent--proc-sys-net-bridge-bridge-nf-call-iptables]: /proc/sys/net/bridge/bridge-nf-call-iptables does not exist");
        }
        if (!"1".equals(node.sysctls().get("net.ipv4.ip_forward"))) {
            errors.add("[ERROR FileContent--proc-sys-net-ipv4-ip_forward]: /proc/sys/net/ipv4/ip_forward contents are not set to 1");
        }
        if (!node.containerd().running()) {
            errors.add("[ERROR CRI]: container runtime is not running: output: time=\"" + inv.now() + "\" level=fatal msg=\"validate service connection:"
                    + " validate CRI v1 runtime API for endpoint \\\"unix:///var/run/containerd/containerd.sock\\\": rpc error: code = Unavailable desc ="
                    + " connection error: desc = \\\"transport: Error while dialing: dial unix /var/run/containerd/containerd.sock: connect: no such file or directory\\\"\"");
        }
        if (!errors.isEmpty()) {
            inv.error("error execution phase preflight: [preflight] Some fatal errors occurred:");
            errors.forEach(e -> inv.error("\t" + e));
            inv.error("[preflight] If you know what you are doing, you can make a check non-fatal with `--ignore-preflight-errors=...`");
            inv.error("To see the stack trace of this error execute with --v=5 or higher");
            return 1;
        }
        if (preflightOnly) {
            return 0;
        }
        node.writeFile("/etc/kubernetes/kubelet.conf", "apiVersion: v1\nkind: Config\n", inv.now());
        node.writeFile("/var/lib/kubelet/config.yaml", "apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\ncgroupDriver: systemd\n", inv.now());
        node.setKubeadmJoined(true);
        node.setCertsNotAfter(inv.now().plus(Duration.ofDays(365)));
        inv.println("[kubelet-start] Writing kubelet configuration to file \"/var/lib/kubelet/config.yaml\"");
        inv.println("[kubelet-start] Starting the kubelet");
        inv.os().systemd().start("kubelet", inv.now()).ifPresent(inv::error);
        inv.println("");
        inv.println(init ? "Your Kubernetes control-plane has initialized successfully!" : "This node has joined the cluster:");
        if (!init) {
            inv.println("* Certificate signing request was sent to apiserver and a response was received.");
            inv.println("* The Kubelet was informed of the new secure connection details.");
            inv.println("");
            inv.println("Run 'kubectl get nodes' on the control-plane to see this node join the cluster.");
        }
        return 0;
    }
}
