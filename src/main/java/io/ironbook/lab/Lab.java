package io.ironbook.lab;

import io.ironbook.lab.api.ApiServer;
import io.ironbook.lab.control.ClusterControl;
import io.ironbook.lab.control.LabNode;
import io.ironbook.lab.node.ClusterLink;
import io.ironbook.lab.node.NodeHealth;
import io.ironbook.lab.node.NodeOs;
import io.ironbook.lab.node.Power;
import io.ironbook.lab.shell.Interpreter;
import io.ironbook.lab.shell.ShellResult;
import io.ironbook.lab.ssh.HostKeys;
import io.ironbook.lab.ssh.SshEndpoints;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running simulated bare-metal cluster: node simulators behind real SSH endpoints (one port and host
 * key per node) and their Node objects in a real HTTP Kubernetes API, with the files a client needs
 * in the lab folder. Start with {@link #start(LabOptions)}, change it with {@link #trigger},
 * {@link #powerOff} and {@link #powerOn}, stop with {@link #close()}.
 */
public final class Lab implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Lab.class);
    private static final long TICK_MS = 100;
    /** The API endpoint (VIP) the simulated kubelets are configured with. */
    public static final String VIP = "10.0.0.100:6443";
    private final LabClock clock;
    private final Map<String, LabNode> nodes;
    private final ClusterLink link;
    private final SshEndpoints ssh;
    private final ApiServer api;
    private final ClusterControl control;
    private final ScenarioRunner scenarios;
    private final LabFiles files;
    private final ScheduledExecutorService loop;

    private Lab(LabClock clock, Map<String, LabNode> nodes, ClusterLink link, SshEndpoints ssh, ApiServer api, ClusterControl control,
            LabFiles files) {
        this.clock = clock;
        this.nodes = nodes;
        this.link = link;
        this.ssh = ssh;
        this.api = api;
        this.control = control;
        this.files = files;
        this.scenarios = new ScenarioRunner(List.copyOf(nodes.values()), link);
        this.loop = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "lab-sim");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Builds and starts a lab: nodes, SSH endpoints, API server, workloads, the scenarios asked for, and
     * the lab folder's files. Returns once every node shows the state its scenario gives it.
     *
     * @throws IllegalArgumentException for a scenario naming an unknown node
     * @throws UncheckedIOException     when the lab folder cannot be written
     */
    public static Lab start(LabOptions options) {
        List<String> names = names(options);
        for (ScenarioRequest request : options.scenarios()) {
            if (request.scenario().target() != Scenario.Target.CLUSTER && request.node().isPresent()
                    && !names.contains(request.node().get())) {
                throw new IllegalArgumentException("no node '" + request.node().get() + "' in the lab (nodes: " + String.join(", ", names) + ")");
            }
        }
        LabClock clock = new LabClock(options.speed());
        ExecutorService starter = Executors.newFixedThreadPool(3, r -> {
            Thread t = new Thread(r, "lab-start");
            t.setDaemon(true);
            return t;
        });
        CompletableFuture<ApiServer> apiStart = CompletableFuture.supplyAsync(() -> ApiServer.start(clock::now), starter);
        CompletableFuture<Void> warmUp = CompletableFuture.runAsync(ClusterControl::warmUp, starter);
        CompletableFuture<List<KeyPair>> keys = CompletableFuture.supplyAsync(
                () -> names.stream().map(n -> HostKeys.ed25519()).toList(), starter);
        starter.shutdown();
        Instant now = clock.now();
        ClusterLink link = new ClusterLink(VIP);
        int cps = Math.min(options.controlPlanes(), options.nodes());
        Map<String, LabNode> nodes = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            String ip = "10.0." + (i / 250) + "." + (10 + i % 250);
            NodeOs os = NodeOs.create(names.get(i), i < cps, ip, link, i, now);
            nodes.put(names.get(i), new LabNode(os, i, i < cps));
        }
        ScenarioRunner runner = new ScenarioRunner(List.copyOf(nodes.values()), link);
        Map<String, Instant> lastHeard = new LinkedHashMap<>();
        for (ScenarioRequest request : options.scenarios()) {
            Instant heard = runner.applyToNodes(request, true, now);
            if (heard != null) {
                LabNode target = runner.target(request);
                (target == null ? nodes.keySet() : List.of(target.name())).forEach(n -> lastHeard.put(n, heard));
            }
        }
        List<KeyPair> hostKeys = join(keys);
        KeyPair client = HostKeys.ed25519();
        SshEndpoints ssh = SshEndpoints.start(client.getPublic(), (node, command) -> run(nodes.get(node), clock, command));
        ApiServer api = join(apiStart);
        join(warmUp);
        ClusterControl control = new ClusterControl(api.store(), List.copyOf(nodes.values()));
        LabFiles files = LabFiles.in(options.dir().toAbsolutePath());
        Lab lab = new Lab(clock, nodes, link, ssh, api, control, files);
        try {
            List<LabFiles.Endpoint> endpoints = new ArrayList<>();
            int i = 0;
            for (LabNode n : nodes.values()) {
                int port = ssh.open(n.name(), hostKeys.get(i++));
                endpoints.add(new LabFiles.Endpoint(n.name(), n.controlPlane(), port, HostKeys.publicLine(hostKeys.get(i - 1).getPublic())));
            }
            control.seed(now.minus(NodeOs.UPTIME_AT_START).minus(Duration.ofMinutes(30)), now);
            for (ScenarioRequest request : options.scenarios()) {
                runner.applyToApi(request, api.store(), control, true, now);
            }
            lastHeard.forEach(control::lastHeard);
            lab.syncSsh();
            control.tick(clock.now());
            files.write(api.url(), endpoints, HostKeys.openSshPrivate(client, "ironbook-lab"), HostKeys.publicLine(client.getPublic()));
        } catch (IOException e) {
            lab.close();
            throw new UncheckedIOException("cannot write the lab folder " + files.dir() + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            lab.close();
            throw e;
        }
        lab.loop.scheduleWithFixedDelay(lab::tick, TICK_MS, TICK_MS, TimeUnit.MILLISECONDS);
        LOG.info("lab with {} nodes ready: API {}, folder {}", nodes.size(), api.url(), files.dir());
        return lab;
    }

    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    private static List<String> names(LabOptions options) {
        List<String> names = new ArrayList<>();
        int cps = Math.min(options.controlPlanes(), options.nodes());
        for (int i = 1; i <= cps; i++) {
            names.add("cp-" + i);
        }
        for (int i = 1; i <= options.nodes() - cps; i++) {
            names.add("worker-" + i);
        }
        return names;
    }

    private static ShellResult run(LabNode node, LabClock clock, String command) {
        if (node.os().state().power() != Power.RUNNING) {
            return new ShellResult("", "", 255, true);
        }
        return new Interpreter(node.os(), clock::now, d -> sleep(clock.realMillis(d))).run(command);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void tick() {
        try {
            Instant now = clock.now();
            for (LabNode n : nodes.values()) {
                n.os().tick(now);
            }
            syncSsh();
            boolean controlPlaneUp = nodes.values().stream().anyMatch(n -> n.controlPlane()
                    && (n.os().state().power() == Power.RUNNING || n.os().state().power() == Power.SHUTTING_DOWN));
            api.serve(controlPlaneUp);
            if (!controlPlaneUp) {
                return;
            }
            if (api.takeChanged()) {
                control.markDirty();
            }
            control.tick(now);
        } catch (RuntimeException e) {
            LOG.warn("lab tick failed", e);
        }
    }

    private void syncSsh() {
        for (LabNode n : nodes.values()) {
            if (n.os().state().power() == Power.RUNNING) {
                ssh.up(n.name());
            } else {
                ssh.down(n.name());
            }
        }
    }

    /** Triggers a scenario now; the node may be empty for the scenario's default node. */
    public void trigger(Scenario scenario, Optional<String> node) {
        ScenarioRequest request = new ScenarioRequest(scenario, node);
        onLoop(() -> {
            scenarios.applyToNodes(request, false, clock.now());
            scenarios.applyToApi(request, api.store(), control, false, clock.now());
            return null;
        });
    }

    /** Cuts a node's power (no clean shutdown: the /var journal is left dirty). */
    public void powerOff(String node) {
        LabNode n = node(node);
        onLoop(() -> {
            n.os().powerLoss(clock.now());
            return null;
        });
    }

    /** Presses a halted node's power button (as the BMC would); it boots after the boot delay. */
    public void powerOn(String node) {
        LabNode n = node(node);
        onLoop(() -> {
            n.os().powerOn(clock.now());
            return null;
        });
    }

    private <T> T onLoop(Callable<T> task) {
        try {
            return loop.submit(task).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("the lab did not answer within 30 s", e);
        }
    }

    private LabNode node(String name) {
        LabNode n = nodes.get(name);
        if (n == null) {
            throw new IllegalArgumentException("no node '" + name + "' in the lab (nodes: " + String.join(", ", nodes.keySet()) + ")");
        }
        return n;
    }

    public LabFiles files() {
        return files;
    }

    /** {@code http://127.0.0.1:PORT}. */
    public String apiUrl() {
        return api.url();
    }

    public List<String> nodeNames() {
        return List.copyOf(nodes.keySet());
    }

    public int sshPort(String node) {
        return ssh.port(node(node).name());
    }

    /** What the node's kubelet would report now (power, boot id, heartbeating, network). */
    public NodeHealth health(String node) {
        return node(node).os().health();
    }

    /** The lab's simulated time. */
    public Instant now() {
        return clock.now();
    }

    public double speed() {
        return clock.speed();
    }

    /** Whether the API answers (it goes away while every control-plane node is off). */
    public boolean apiServing() {
        return api.serving();
    }

    public boolean vipDown() {
        return link.vipDown();
    }

    @Override
    public void close() {
        loop.shutdownNow();
        ssh.close();
        api.close();
    }
}
