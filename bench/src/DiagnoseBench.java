import io.ironbook.diagnose.DiagnosisReport;
import io.ironbook.diagnose.Diagnoser;
import io.ironbook.diagnose.RemediationIndex;
import io.ironbook.diagnose.ReportJson;
import io.ironbook.diagnose.ReportText;
import io.ironbook.diagnose.evidence.EvidenceBundle;
import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Benchmark of `diagnose --bundle`: `generate DIR LINES` writes a bundle whose two journals hold LINES
 * lines together (kubelet and containerd noise around the power-loss cascade); `run DIR` analyses it
 * once in this fresh JVM and prints the milliseconds from main() and from JVM start to the text report
 * (the command's default output), then how long the JSON form took on top.
 */
public final class DiagnoseBench {

    public static void main(String[] args) throws IOException {
        if (args.length >= 2 && "generate".equals(args[0])) {
            generate(Path.of(args[1]), args.length > 2 ? Integer.parseInt(args[2]) : 200_000);
            return;
        }
        long start = System.nanoTime();
        long cpuStart = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        long cpuAtStart = processCpuMillis();
        Diagnoser diagnoser = Diagnoser.withShippedRules(RemediationIndex.empty());
        long rulesCpu = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuStart) / 1_000_000;
        DiagnosisReport report = diagnoser.diagnose(EvidenceBundle.read(Path.of(args[1])));
        String text = ReportText.write(report);
        long fromMain = (System.nanoTime() - start) / 1_000_000;
        long fromJvm = ManagementFactory.getRuntimeMXBean().getUptime();
        long cpu = processCpuMillis() - cpuAtStart;
        long jsonStart = System.nanoTime();
        String json = ReportJson.write(report);
        long jsonMillis = (System.nanoTime() - jsonStart) / 1_000_000;
        if (args.length > 2) {
            for (int i = 0; i < Integer.parseInt(args[2]); i++) {
                long t = System.nanoTime();
                diagnoser.diagnose(EvidenceBundle.read(Path.of(args[1])));
                System.out.println("warm run " + i + ": " + (System.nanoTime() - t) / 1_000_000 + " ms");
            }
        }
        if (text.isEmpty() || json.isEmpty() || !report.cascade().chain().contains("fs-readonly")) {
            throw new IllegalStateException("unexpected report:\n" + text);
        }
        System.out.println("fromMain=" + fromMain + " processCpu=" + cpu + " rulesCpu=" + rulesCpu + " fromJvmStart=" + fromJvm + " thenJson=" + jsonMillis + " findings=" + report.findings().size()
                + " chain=" + String.join(">", report.cascade().chain()));
    }

    private static long processCpuMillis() {
        java.lang.management.OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() / 1_000_000 : -1;
    }

    private static final String[] KUBELET = {
        "I%s    1022 kubelet.go:2345] \"SyncLoop (PLEG): event for pod\" pod=\"default/web-%d\" event={\"ID\":\"4b1c\",\"Type\":\"ContainerStarted\"}",
        "I%s    1022 prober.go:107] \"Probe failed\" probeType=\"Readiness\" pod=\"default/web-%d\" containerName=\"app\" probeResult=\"failure\" output=\"HTTP probe failed with statuscode: 503\"",
        "E%s    1022 pod_workers.go:1298] \"Error syncing pod, skipping\" err=\"failed to \\\"StartContainer\\\" for \\\"app\\\" with CrashLoopBackOff: \\\"back-off 5m0s restarting failed container=app pod=web-%d\\\"\"",
        "I%s    1022 reconciler_common.go:258] \"operationExecutor.VerifyControllerAttachedVolume started for volume \\\"kube-api-access-%d\\\"\"",
        "W%s    1022 watcher.go:93] Error while processing event (\"/sys/fs/cgroup/kubepods.slice/kubepods-burstable.slice/pod%d\": 0x40000100 == IN_CREATE|IN_ISDIR): open /sys/fs/cgroup/kubepods.slice: no such file or directory",
    };
    private static final String[] CONTAINERD = {
        "time=\"2025-03-14T05:%s\" level=info msg=\"StartContainer for \\\"%d\\\" returns successfully\"",
        "time=\"2025-03-14T05:%s\" level=info msg=\"shim disconnected\" id=%d namespace=k8s.io",
        "time=\"2025-03-14T05:%s\" level=error msg=\"ContainerStatus for \\\"%d\\\" failed\" error=\"rpc error: code = NotFound desc = an error occurred when try to find container: not found\"",
        "time=\"2025-03-14T05:%s\" level=info msg=\"ImageCreate event name:\\\"registry.k8s.io/pause:3.9\\\" labels:{key:\\\"io.cri-containerd.image\\\" value:\\\"managed\\\"} %d\"",
    };

    private static void generate(Path dir, int lines) throws IOException {
        Files.createDirectories(dir);
        Random random = new Random(42);
        try (BufferedWriter kubelet = Files.newBufferedWriter(dir.resolve("journal-kubelet.log"), StandardCharsets.UTF_8);
             BufferedWriter containerd = Files.newBufferedWriter(dir.resolve("journal-containerd.log"), StandardCharsets.UTF_8)) {
            for (int i = 0; i < lines / 2; i++) {
                String clock = String.format("%02d:%02d.%06d", (i / 60) % 60, i % 60, random.nextInt(1_000_000));
                String k = String.format(KUBELET[random.nextInt(KUBELET.length)], "0314 05:" + clock, i);
                kubelet.write("Mar 14 05:" + clock.substring(0, 5) + " k8s-worker-01 kubelet[1022]: " + k + "\n");
                String c = String.format(CONTAINERD[random.nextInt(CONTAINERD.length)], clock, i);
                containerd.write("Mar 14 05:" + clock.substring(0, 5) + " k8s-worker-01 containerd[812]: " + c + "\n");
            }
            kubelet.write("Mar 14 06:02:31 k8s-worker-01 kubelet[1022]: W0314 06:02:31.201553    1022 logging.go:59]"
                    + " grpc: addrConn.createTransport failed: dial unix /run/containerd/containerd.sock: connect: no such file or directory\n");
            kubelet.write("Mar 14 06:14:02 k8s-worker-01 systemd[1]: kubelet.service: Scheduled restart job, restart counter is at 37.\n");
            containerd.write("Mar 14 06:02:20 k8s-worker-01 containerd[812]: containerd: chmod /var/lib/containerd: read-only file system\n");
            containerd.write("Mar 14 06:02:20 k8s-worker-01 systemd[1]: containerd.service: Main process exited, code=exited, status=1/FAILURE\n");
        }
        Files.writeString(dir.resolve("kernel.log"), "Mar 14 06:02:12 k8s-worker-01 kernel: EXT4-fs (sda2): recovery complete\n"
                + "Mar 14 06:02:19 k8s-worker-01 kernel: EXT4-fs (sda2): Remounting filesystem read-only\n");
        Files.writeString(dir.resolve("mounts.txt"), "/dev/sda1 / ext4 rw,relatime 0 0\n/dev/sda2 /var ext4 ro,relatime 0 0\n");
        Files.writeString(dir.resolve("describe-node.txt"), "Name: k8s-worker-01\n"
                + "  Ready   Unknown   Fri, 14 Mar 2025 05:58:40 +0000   Fri, 14 Mar 2025 06:03:21 +0000   NodeStatusUnknown   Kubelet stopped posting node status.\n");
    }
}
