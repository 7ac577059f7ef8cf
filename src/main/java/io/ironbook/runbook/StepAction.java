package io.ironbook.runbook;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** What a step does; one record per step kind. */
public sealed interface StepAction {

    /** The kind this action belongs to. */
    StepKind kind();

    /**
     * A {@code kube} step.
     *
     * @param action                  cordon, uncordon, drain or a wait
     * @param node                    the nodes acted on
     * @param with                    the action's options as written (values may be {@code {{param}}})
     * @param onlyIfCordonedByThisRun  for uncordon: only nodes this run cordoned
     * @param onlyIfCordonedByIronbook for uncordon: only nodes some ironbook run cordoned, never an
     *                                 operator's own cordon
     * @param serial                   how many nodes at a time, when several
     */
    record Kube(KubeAction action, Target node, Map<String, String> with, boolean onlyIfCordonedByThisRun,
                boolean onlyIfCordonedByIronbook, Optional<Integer> serial) implements StepAction {
        public Kube {
            Objects.requireNonNull(action);
            Objects.requireNonNull(node);
            with = Map.copyOf(with);
            Objects.requireNonNull(serial);
        }

        @Override
        public StepKind kind() {
            return StepKind.KUBE;
        }
    }

    /**
     * An {@code ssh} step.
     *
     * @param on               the nodes it runs on
     * @param run              the command; parameters reach the shell quoted
     * @param sudo             run as root with {@code sudo -n}
     * @param expectDisconnect the connection dropping is success (halt, reboot)
     * @param expect           what counts as success
     * @param capture          the name under which later steps can use the trimmed output
     * @param serial           how many nodes at a time, when several
     */
    record Ssh(Target on, String run, boolean sudo, boolean expectDisconnect, Expectation expect,
               Optional<String> capture, Optional<Integer> serial) implements StepAction {
        public Ssh {
            Objects.requireNonNull(on);
            Objects.requireNonNull(run);
            Objects.requireNonNull(expect);
            Objects.requireNonNull(capture);
            Objects.requireNonNull(serial);
        }

        @Override
        public StepKind kind() {
            return StepKind.SSH;
        }
    }

    /**
     * A {@code diagnose} step: diagnoses the nodes and fails if any of the findings is present.
     *
     * @param node          the nodes diagnosed
     * @param expectAbsent  finding ids that must not be found
     */
    record Diagnose(Target node, List<String> expectAbsent) implements StepAction {
        public Diagnose {
            Objects.requireNonNull(node);
            expectAbsent = List.copyOf(expectAbsent);
        }

        @Override
        public StepKind kind() {
            return StepKind.DIAGNOSE;
        }
    }

    /**
     * A {@code manual} step: instructions for the operator, who says when the work is done.
     *
     * @param instructions what to do, step by step
     */
    record Manual(Optional<String> instructions) implements StepAction {
        public Manual {
            Objects.requireNonNull(instructions);
        }

        @Override
        public StepKind kind() {
            return StepKind.MANUAL;
        }
    }

    /**
     * A {@code wait} step: waits until every condition holds, or its timeout.
     *
     * @param conditions what to wait for
     */
    record Wait(List<WaitCondition> conditions) implements StepAction {
        public Wait {
            conditions = List.copyOf(conditions);
        }

        @Override
        public StepKind kind() {
            return StepKind.WAIT;
        }
    }

    /**
     * A {@code runbook} step: another runbook, run with the given params.
     *
     * @param runbook the runbook
     * @param params  its params as written (values may be {@code {{param}}})
     */
    record Nested(RunbookRef runbook, Map<String, String> params) implements StepAction {
        public Nested {
            Objects.requireNonNull(runbook);
            params = Map.copyOf(params);
        }

        @Override
        public StepKind kind() {
            return StepKind.RUNBOOK;
        }
    }
}
