package io.ironbook.engine;

import io.ironbook.cluster.ClusterException;
import io.ironbook.cluster.NodeSummary;
import io.ironbook.runbook.Runbook;
import io.ironbook.runbook.Step;
import io.ironbook.runbook.StepAction;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Runs a runbook against the cluster and its nodes: binds and checks the params, takes the nodes'
 * locks, checks the preconditions, records the nodes' boot ids, then goes through the steps, every
 * event journaled before the next action. A run that stopped (a crash, a closed terminal, a
 * dropped session) resumes from its journal. It never prints.
 */
public final class RunbookRunner {
    private final EngineDeps deps;
    private final StepLoop loop = new StepLoop();

    public RunbookRunner(EngineDeps deps) {
        this.deps = deps;
    }

    /**
     * Runs the runbook with the given params.
     *
     * @throws RunRefusedException when the params are unusable (before anything is journaled)
     */
    public RunResult run(Runbook runbook, Map<String, String> params, RunOptions options) throws InterruptedException {
        BoundParams bound = ParamBinder.bind(runbook, params);
        String runId = RunIds.next(runbook.id(), deps.clock());
        List<BoundParams> secrets = new CopyOnWriteArrayList<>(List.of(bound));
        Redactor redactor = new Redactor(() -> secrets.stream().flatMap(p -> p.secretValues().stream()).toList());
        RunHeader header = new RunHeader(runId, deps.clock().instant(), deps.operator().user(), deps.operator().host(),
                deps.cluster().contextName(), deps.cluster().server(), runbook.id(), runbook.version().toString(),
                runbook.source().sha256(), runbook.source().path(), bound.redacted());
        try (Journal journal = Journal.create(deps.journalDir(), header, redactor)) {
            RunContext run = new RunContext(runId, runbook, bound, deps, options, journal, redactor, secrets);
            run.emit(new RunEvent.RunStarted(run.now(), runId, runbook.id(), runbook.version().toString(), bound.redacted()));
            return execute(run, journal, Set.of(), true, header.started());
        }
    }

    /**
     * Goes on with a run that stopped, from the first step not known to be complete, after checking
     * the world: a halt or reboot that was under way counts as done when the node went down or came
     * back with a new boot id.
     *
     * @param force      resume even though the runbook file changed since the run began
     * @param secretValues values for secret params, which the journal does not keep
     */
    public RunResult resume(String runIdOrPrefix, boolean force, Map<String, String> secretValues, RunOptions options)
            throws InterruptedException {
        JournalStore store = new JournalStore(deps.journalDir());
        RunRecord record = store.find(runIdOrPrefix);
        RunHeader header = record.header();
        if (!record.resumable()) {
            throw new RunRefusedException(RunRefusedException.Reason.NOT_NOW, "run " + header.runId() + " "
                    + record.state() + "; there is nothing to resume");
        }
        Runbook runbook = deps.catalogue().find(header.runbookId(),
                io.ironbook.runbook.SemVer.parse(header.version()).orElseThrow()).orElseThrow(() -> new RunRefusedException(
                RunRefusedException.Reason.BAD_INPUT, "runbook " + header.runbookId() + "@" + header.version()
                + " is no longer in the catalogue"));
        if (!runbook.source().sha256().equals(header.sha256()) && !force) {
            throw new RunRefusedException(RunRefusedException.Reason.NOT_NOW, "runbook " + runbook.ref()
                    + " changed since run " + header.runId() + " began (sha256 " + header.sha256().substring(0, 12)
                    + " then, " + runbook.source().sha256().substring(0, 12) + " now); resume with --force to run the new text");
        }
        Map<String, String> params = new java.util.LinkedHashMap<>(header.params());
        params.putAll(secretValues);
        params.forEach((name, value) -> {
            if (Redactor.MASK.equals(value)) {
                throw new RunRefusedException(RunRefusedException.Reason.BAD_INPUT, "the secret param '" + name
                        + "' is not kept in the journal: give it again with --param " + name + "=VALUE");
            }
        });
        BoundParams bound = ParamBinder.bind(runbook, params);
        List<BoundParams> secrets = new CopyOnWriteArrayList<>(List.of(bound));
        Redactor redactor = new Redactor(() -> secrets.stream().flatMap(p -> p.secretValues().stream()).toList());
        try (Journal journal = Journal.reopen(deps.journalDir(), header.runId(), redactor)) {
            RunContext run = new RunContext(header.runId(), runbook, bound, deps, options, journal, redactor, secrets);
            run.restoreFacts(record.facts());
            run.emit(new RunEvent.RunStarted(run.now(), header.runId(), runbook.id(), runbook.version().toString(), bound.redacted()));
            Set<String> done = new ResumePoint(record, runbook, run).completedSteps();
            return execute(run, journal, done, false, header.started());
        }
    }

    private RunResult execute(RunContext run, Journal journal, Set<String> done, boolean fresh, java.time.Instant started)
            throws InterruptedException {
        Runbook runbook = run.runbook();
        NodeLocks.Holder holder = new NodeLocks.Holder(run.runId(), deps.operator().toString(), started);
        RunLocks locks = new RunLocks(deps.locks(), holder);
        run.locks(locks);
        try (LockKeeper keeper = new LockKeeper(deps.locks(), holder, locks.held())) {
            Set<String> touched = touchedNodes(runbook, run);
            Optional<String> refusal = locks.acquireAtStart(touched, run);
            if (refusal.isPresent()) {
                run.emit(new RunEvent.RunFinished(run.now(), RunStatus.REFUSED, refusal.get()));
                return new RunResult(run.runId(), RunStatus.REFUSED, refusal.get(), journal.file());
            }
            keeper.start();
            KuredInterlock.beforeRun(runbook, touched, run);
            if (fresh) {
                Preconditions.check(runbook.preconditions(), run, touched);
                recordBootIds(touched, run);
            }
            StepLoop.Ending ending = loop.run(runbook, run.params(), run, "", done);
            run.emit(new RunEvent.RunFinished(run.now(), ending.status(), ending.message()));
            return new RunResult(run.runId(), ending.status(), ending.message(), journal.file());
        } catch (RunRefusedException e) {
            run.emit(new RunEvent.RunFinished(run.now(), RunStatus.REFUSED, e.getMessage()));
            throw e;
        } catch (InterruptedException e) {
            run.emit(new RunEvent.RunFinished(run.now(), RunStatus.CANCELLED, "cancelled by the operator"));
            Thread.currentThread().interrupt();
            return new RunResult(run.runId(), RunStatus.CANCELLED, "cancelled by the operator", journal.file());
        }
    }

    /** Every node the run's kube, ssh and diagnose steps name, as far as they can be known before it starts. */
    private Set<String> touchedNodes(Runbook runbook, RunContext run) {
        Set<String> nodes = new LinkedHashSet<>();
        for (Step step : runbook.steps()) {
            if (step.action() instanceof StepAction.Kube || step.action() instanceof StepAction.Ssh) {
                try {
                    nodes.addAll(StepNodes.of(step, run, run.params()));
                } catch (ClusterException e) {
                    run.output(step.id(), "", "stderr", "cannot list the nodes of step '" + step.id() + "' yet: " + e.getMessage());
                }
            }
        }
        return nodes;
    }

    private static void recordBootIds(Set<String> nodes, RunContext run) {
        Set<String> seen = new HashSet<>();
        for (String node : nodes) {
            if (!seen.add(node)) {
                continue;
            }
            try {
                run.deps().cluster().node(node).map(NodeSummary::bootId).filter(id -> !id.isEmpty())
                        .ifPresent(id -> run.fact(RunFacts.bootId(node), id));
            } catch (ClusterException e) {
                run.output("", node, "stderr", "cannot read the boot id of " + node + ": " + e.getMessage());
            }
        }
    }

    /** How often locks are renewed while a run lives. */
    static final Duration RENEW_EVERY = Duration.ofSeconds(20);
}
