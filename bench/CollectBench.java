import io.ironbook.cluster.ClusterGateway;
import io.ironbook.cluster.ConnectionSettings;
import io.ironbook.cluster.Fabric8ClusterGateway;
import io.ironbook.collect.BundleCollector;
import io.ironbook.collect.CollectListener;
import io.ironbook.collect.CollectionReport;
import io.ironbook.lab.Lab;
import io.ironbook.lab.LabOptions;
import io.ironbook.lab.ScenarioRequest;
import io.ironbook.remote.RemoteSettings;
import io.ironbook.remote.RemoteShell;
import io.ironbook.remote.SshConfig;
import io.ironbook.remote.SshjRemoteShell;
import io.ironbook.remote.TargetResolver;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Time of `collect` of one lab node (worker-1 after a power loss) in one JVM: each run opens a new SSH
 * connection and a new API client, runs every probe and writes the bundle, as `ironbook collect` does after
 * its JVM has started. Prints the first (cold) run and the median of the warm runs.
 * Run by bench/collect-bench.sh: java -cp target/ironbook.jar bench/CollectBench.java RUNS
 */
public final class CollectBench {
    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 9;
        Path work = Files.createTempDirectory("ironbook-collect-bench");
        try (Lab lab = Lab.start(new LabOptions(4, List.of(ScenarioRequest.parse("power-loss:worker-1")), work.resolve("lab"), 20))) {
            long first = 0;
            List<Long> warm = new ArrayList<>();
            int files = 0;
            for (int i = 0; i <= runs; i++) {
                long t0 = System.nanoTime();
                CollectionReport report = collectOnce(lab, work, work.resolve("bundle-" + i));
                long ms = (System.nanoTime() - t0) / 1_000_000;
                files = report.fileCount();
                if (report.sshError().isPresent() || report.apiError().isPresent()) {
                    throw new IllegalStateException("collection failed: " + report.sshError() + " " + report.apiError());
                }
                if (i == 0) {
                    first = ms;
                } else {
                    warm.add(ms);
                }
            }
            List<Long> sorted = new ArrayList<>(warm);
            sorted.sort(null);
            System.out.println("collect worker-1 (" + files + " files, 13 SSH probes + node.yaml + events): first run "
                    + first + " ms (cold JVM), median of " + runs + " warm runs " + sorted.get(sorted.size() / 2)
                    + " ms  [runs: " + warm + "]  load " + Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        }
    }

    private static CollectionReport collectOnce(Lab lab, Path work, Path dir) throws Exception {
        RemoteSettings settings = RemoteSettings.defaults(work, Map.of()).withExtraKnownHosts(lab.files().knownHosts());
        TargetResolver targets = new TargetResolver(Optional.empty(), SshConfig.parse(lab.files().sshConfig()),
                TargetResolver.AddressLookup.NONE, "root", work);
        try (RemoteShell shell = new SshjRemoteShell(settings);
                ClusterGateway cluster = Fabric8ClusterGateway.connect(new ConnectionSettings(Optional.of(lab.files().kubeconfig()),
                        Optional.empty(), Optional.empty(), work), Duration.ofSeconds(1))) {
            return new BundleCollector(Optional.of(cluster), shell, targets::resolve, Clock.systemUTC(), "bench@local")
                    .collect("worker-1", dir, CollectListener.NONE);
        }
    }
}
