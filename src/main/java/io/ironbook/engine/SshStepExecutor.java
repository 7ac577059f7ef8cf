package io.ironbook.engine;

import io.ironbook.remote.CommandResult;
import io.ironbook.remote.RemoteCommand;
import io.ironbook.remote.RemoteException;
import io.ironbook.remote.SshTarget;
import io.ironbook.runbook.Expectation;
import io.ironbook.runbook.Step;
import io.ironbook.runbook.StepAction;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs an ssh step: the command with its params shell-quoted, on each node (all at once, or
 * {@code serial} at a time), streaming every line as it arrives, then checks the result against the
 * step's expectation and keeps the output when the step captures it.
 */
final class SshStepExecutor implements StepExecutor {

    @Override
    public StepOutcome execute(Step step, List<String> nodes, StepText text, RunContext run) throws InterruptedException {
        StepAction.Ssh ssh = (StepAction.Ssh) step.action();
        if (ssh.capture().isPresent() && nodes.size() != 1) {
            return StepOutcome.failed("a step that captures its output must run on exactly one node, not " + nodes.size());
        }
        int batch = ssh.serial().orElse(Math.max(1, nodes.size()));
        List<String> failures = new ArrayList<>();
        List<String> successes = new ArrayList<>();
        for (int from = 0; from < nodes.size(); from += batch) {
            List<String> group = nodes.subList(from, Math.min(nodes.size(), from + batch));
            for (NodeRun result : runGroup(step, ssh, group, text, run)) {
                if (result.ok) {
                    successes.add(result.node + ": " + result.summary);
                } else {
                    failures.add(result.node + ": " + result.summary);
                }
            }
            if (!failures.isEmpty() || run.cancelled()) {
                break;
            }
        }
        if (!failures.isEmpty()) {
            String hint = ssh.expect().hint().map(h -> " — " + text.plain(h, Optional.empty())).orElse("");
            return StepOutcome.failed(String.join("; ", failures) + hint);
        }
        return StepOutcome.ok(String.join("; ", successes));
    }

    private record NodeRun(String node, boolean ok, String summary) {
    }

    private List<NodeRun> runGroup(Step step, StepAction.Ssh ssh, List<String> group, StepText text, RunContext run)
            throws InterruptedException {
        if (group.size() == 1) {
            return List.of(runOne(step, ssh, group.get(0), text, run));
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(group.size(), 32), r -> {
            Thread t = new Thread(r, "ssh-step-" + step.id());
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<NodeRun>> futures = new ArrayList<>();
            for (String node : group) {
                futures.add(pool.submit(() -> runOne(step, ssh, node, text, run)));
            }
            List<NodeRun> results = new ArrayList<>();
            for (Future<NodeRun> future : futures) {
                try {
                    results.add(future.get());
                } catch (ExecutionException e) {
                    results.add(new NodeRun("?", false, "internal error: " + e.getCause()));
                }
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private NodeRun runOne(Step step, StepAction.Ssh ssh, String node, StepText text, RunContext run)
            throws InterruptedException {
        String command = text.command(ssh.run(), Optional.of(node));
        RemoteCommand remote = new RemoteCommand(command, ssh.sudo(), step.timeout(), ssh.expectDisconnect());
        StringBuilder stdout = new StringBuilder();
        SshTarget target;
        try {
            target = run.deps().targets().apply(node);
        } catch (RuntimeException e) {
            return new NodeRun(node, false, "no SSH target: " + e.getMessage());
        }
        CommandResult result;
        try {
            result = run.deps().shell().run(target, remote, (n, stream, line) -> {
                String streamName = stream.name().toLowerCase(Locale.ROOT);
                if (streamName.equals("stdout")) {
                    synchronized (stdout) {
                        stdout.append(line).append('\n');
                    }
                }
                run.output(step.id(), node, streamName, line);
            });
        } catch (RemoteException e) {
            return new NodeRun(node, false, e.getMessage());
        }
        String output;
        synchronized (stdout) {
            output = stdout.toString();
        }
        Optional<String> problem = check(result, ssh.expect(), output, text);
        if (problem.isPresent()) {
            return new NodeRun(node, false, problem.get());
        }
        ssh.capture().ifPresent(name -> text.params().capture(name, output.strip()));
        return new NodeRun(node, true, result.summary());
    }

    static Optional<String> check(CommandResult result, Expectation expect, String stdout, StepText text) {
        if (result.outcome() == CommandResult.Outcome.DISCONNECTED_AS_EXPECTED) {
            return Optional.empty();
        }
        if (result.outcome() != CommandResult.Outcome.EXITED) {
            return Optional.of(result.summary());
        }
        int code = result.exitStatus().orElse(-1);
        if (!expect.exitCodes().contains(code)) {
            return Optional.of("exit " + code + " (expected " + (expect.exitCodes().size() == 1
                    ? expect.exitCodes().get(0) : expect.exitCodes()) + ")");
        }
        if (expect.stdoutContains().isPresent()) {
            String wanted = text.plain(expect.stdoutContains().get(), Optional.empty());
            if (!stdout.contains(wanted)) {
                return Optional.of("output lacks \"" + wanted + "\"");
            }
        }
        if (expect.stdoutNotContains().isPresent()) {
            String unwanted = text.plain(expect.stdoutNotContains().get(), Optional.empty());
            if (stdout.contains(unwanted)) {
                return Optional.of("output contains \"" + unwanted + "\"");
            }
        }
        if (expect.stdoutMatches().isPresent()
                && stdout.lines().noneMatch(line -> expect.stdoutMatches().get().matcher(line).find())) {
            return Optional.of("no output line matches /" + expect.stdoutMatches().get().pattern() + "/");
        }
        return Optional.empty();
    }
}
