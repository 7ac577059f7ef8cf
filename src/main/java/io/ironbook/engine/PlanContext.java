package io.ironbook.engine;

import io.ironbook.runbook.Runbook;
import java.util.List;

/** A run context for a dry run: it reads the cluster, and its events go nowhere. */
final class PlanContext {

    private PlanContext() {
    }

    static RunContext create(Runbook runbook, BoundParams params, EngineDeps deps) {
        RunOptions options = new RunOptions(request -> GateAnswer.declined("dry run"), RunListener.NONE, false);
        return new RunContext("dry-run", runbook, params, deps, options, null, new Redactor(params::secretValues), List.of(params));
    }
}
