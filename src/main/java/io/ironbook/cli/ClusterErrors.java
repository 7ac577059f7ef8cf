package io.ironbook.cli;

import io.ironbook.cluster.ClusterException;

/** Maps the cluster's failures onto the exit statuses of the command-line contract. */
final class ClusterErrors {

    private ClusterErrors() {
    }

    /** A missing kubeconfig, unknown context or unknown node is bad input (2); anything else a failure (1). */
    static UserError toUserError(ClusterException e) {
        int code = switch (e.kind()) {
            case CONFIG, NOT_FOUND -> ExitCodes.USAGE;
            default -> ExitCodes.FAILED;
        };
        return new UserError(code, e.getMessage(), e);
    }

    /** Refuses a command that changes the cluster when {@code --read-only} is set. */
    static void refuseIfReadOnly(GlobalOptions options, String what) {
        if (options.readOnly()) {
            throw new UserError(ExitCodes.INTERRUPTED, "refused: --read-only is set, and " + what + " changes the cluster");
        }
    }
}
