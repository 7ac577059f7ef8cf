package io.ironbook.cli;

import io.ironbook.engine.RunRefusedException;
import io.ironbook.engine.RunStatus;

/** The exit statuses of runs: 0 succeeded, 1 a step failed, 2 unusable input, 3 declined, refused or cancelled. */
final class RunExits {

    private RunExits() {
    }

    static int of(RunStatus status) {
        return switch (status) {
            case SUCCEEDED -> ExitCodes.OK;
            case FAILED -> ExitCodes.FAILED;
            case DECLINED, REFUSED, CANCELLED -> ExitCodes.INTERRUPTED;
        };
    }

    static UserError refused(RunRefusedException e) {
        int code = e.reason() == RunRefusedException.Reason.BAD_INPUT ? ExitCodes.USAGE : ExitCodes.INTERRUPTED;
        return new UserError(code, e.getMessage().replace("\n", "; "), e);
    }
}
