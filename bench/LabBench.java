import io.ironbook.lab.Lab;
import io.ironbook.lab.LabOptions;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * One measurement of the lab, in a fresh JVM: time from start() to a lab whose nodes are registered
 * and Ready and whose files are written, then the heap in use after a full GC.
 * Run by bench/lab.sh: java -cp target/ironbook.jar bench/LabBench.java NODES
 */
public final class LabBench {
    public static void main(String[] args) throws Exception {
        int nodes = Integer.parseInt(args[0]);
        Path dir = Files.createTempDirectory("ironbook-lab-bench");
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu0 = os.getProcessCpuTime();
        long t0 = System.nanoTime();
        try (Lab lab = Lab.start(new LabOptions(nodes, List.of(), dir, 1))) {
            long readyMs = (System.nanoTime() - t0) / 1_000_000;
            long cpuMs = (os.getProcessCpuTime() - cpu0) / 1_000_000;
            long sinceJvm = System.currentTimeMillis() - jvmStart;
            Thread.sleep(2000);
            System.gc();
            long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024);
            System.out.println("nodes=" + nodes + " ready_ms=" + readyMs + " cpu_ms=" + cpuMs + " load=" + os.getSystemLoadAverage() + " since_jvm_start_ms=" + sinceJvm + " heap_used_mb=" + heap
                    + " max_heap_mb=" + Runtime.getRuntime().maxMemory() / (1024 * 1024));
        }
        System.exit(0);
    }
}
