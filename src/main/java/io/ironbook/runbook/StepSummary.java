package io.ironbook.runbook;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a step does and where, in words an operator reads before approving it: the command and the
 * nodes for an ssh step, the options of a drain, the conditions of a wait.
 */
public final class StepSummary {

    private StepSummary() {
    }

    /** One line saying what the step does; an ssh step's command follows in {@link #command(Step)}. */
    public static String describe(Step step) {
        StepAction action = step.action();
        if (action instanceof StepAction.Kube kube) {
            return kube(kube);
        }
        if (action instanceof StepAction.Ssh ssh) {
            return "over SSH on " + ssh.on() + (ssh.sudo() ? " as root (sudo -n)" : "")
                    + serial(ssh.serial().orElse(null)) + ":";
        }
        if (action instanceof StepAction.Diagnose diagnose) {
            return "diagnose " + diagnose.node() + "; fails if it finds " + String.join(", ", diagnose.expectAbsent());
        }
        if (action instanceof StepAction.Wait wait) {
            return "wait until " + wait.conditions().stream().map(Object::toString).collect(Collectors.joining(" and "));
        }
        if (action instanceof StepAction.Nested nested) {
            return "run runbook " + nested.runbook() + (nested.params().isEmpty() ? "" : " with " + params(nested.params()));
        }
        return "by hand: the operator does this and says when it is done";
    }

    /** The command of an ssh step, or empty for other kinds. */
    public static String command(Step step) {
        return step.action() instanceof StepAction.Ssh ssh ? ssh.run().strip() : "";
    }

    /** Further facts worth knowing before the step runs: timeouts, retries, disconnects, checks. */
    public static List<String> details(Step step) {
        List<String> details = new ArrayList<>();
        if (step.action() instanceof StepAction.Ssh ssh) {
            if (ssh.expectDisconnect()) {
                details.add("the connection dropping is success");
            }
            if (!ssh.expect().isDefault()) {
                details.add("succeeds on " + ssh.expect());
            }
            ssh.capture().ifPresent(c -> details.add("keeps its output as {{" + c + "}}"));
        }
        step.timeout().ifPresent(t -> details.add("timeout " + GoDuration.format(t)));
        if (step.onFailure().kind() != FailurePolicy.Kind.STOP) {
            details.add("on failure: " + step.onFailure());
        }
        if (!step.when().isEmpty()) {
            details.add("only when " + step.when().entrySet().stream().map(e -> e.getKey() + " = " + e.getValue())
                    .collect(Collectors.joining(" and ")));
        }
        return details;
    }

    private static String kube(StepAction.Kube kube) {
        String where = kube.node() + serial(kube.serial().orElse(null));
        String with = kube.with().isEmpty() ? "" : " (" + options(kube.with()) + ")";
        return switch (kube.action()) {
            case CORDON -> "cordon " + where + " through the API" + with;
            case UNCORDON -> "uncordon " + where + " through the API"
                    + (kube.onlyIfCordonedByThisRun() ? ", only if this run cordoned it" : "")
                    + (kube.onlyIfCordonedByIronbook() ? ", only if ironbook cordoned it (never an operator's own cordon)" : "");
            case DRAIN -> "drain " + where + " through the API: evict its pods" + with;
            case WAIT_READY -> "wait through the API until " + where + " is Ready";
            case WAIT_NOT_READY -> "wait through the API until " + where + " is NotReady";
            case DESCRIBE -> "show what the API says about " + where + ": status, conditions, taints, recent events";
        };
    }

    private static String serial(Integer serial) {
        return serial == null ? "" : ", " + serial + " at a time";
    }

    private static String options(Map<String, String> with) {
        List<String> parts = new ArrayList<>();
        for (String name : WithOptions.names(KubeAction.DRAIN)) {
            String value = with.get(name);
            if (value == null) {
                continue;
            }
            parts.add(switch (name) {
                case "ignoreDaemonSets" -> flag(value, "ignore DaemonSet pods");
                case "deleteEmptyDirData" -> flag(value, "delete emptyDir data");
                case "force" -> flag(value, "force unmanaged pods");
                case "disableEviction" -> flag(value, "delete instead of evicting (ignores disruption budgets)");
                case "gracePeriod" -> "grace period " + value;
                case "timeout" -> "timeout " + value;
                case "skipWaitForDeleteTimeout" -> "skip pods deleted over " + value + " ago";
                default -> "pods matching " + value;
            });
        }
        with.forEach((name, value) -> {
            if (!WithOptions.names(KubeAction.DRAIN).contains(name)) {
                parts.add(name + " " + value);
            }
        });
        return String.join(", ", parts);
    }

    private static String flag(String value, String meaning) {
        return value.equals("true") ? meaning : value.equals("false") ? "not: " + meaning : meaning + " if " + value;
    }

    private static String params(Map<String, String> params) {
        return params.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "));
    }
}
