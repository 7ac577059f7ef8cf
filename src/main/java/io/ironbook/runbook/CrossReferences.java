package io.ironbook.runbook;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Checks what one runbook says about others: every {@code runbook:} step and {@code onFailure:
 * runbook:} names a runbook that exists (at the pinned version), nested params are params of the
 * target, required params are given, and no runbook ends up running itself.
 */
final class CrossReferences {

    private final Function<RunbookRef, Optional<Runbook>> resolver;

    CrossReferences(Function<RunbookRef, Optional<Runbook>> resolver) {
        this.resolver = resolver;
    }

    /** The first problem of {@code runbook}'s references, if any. */
    Optional<RunbookException> check(Runbook runbook) {
        for (Step step : runbook.steps()) {
            Optional<RunbookException> problem = checkStep(runbook, step);
            if (problem.isPresent()) {
                return problem;
            }
        }
        return cycle(runbook);
    }

    private Optional<RunbookException> checkStep(Runbook runbook, Step step) {
        if (step.onFailure().handover().isPresent()) {
            RunbookRef ref = step.onFailure().handover().get();
            if (resolver.apply(ref).isEmpty()) {
                return Optional.of(dangling(ref, "onFailure"));
            }
        }
        if (!(step.action() instanceof StepAction.Nested nested)) {
            return Optional.empty();
        }
        RunbookRef ref = nested.runbook();
        Optional<Runbook> target = resolver.apply(ref);
        if (target.isEmpty()) {
            return Optional.of(dangling(ref, "runbook"));
        }
        for (String name : nested.params().keySet()) {
            if (target.get().param(name).isEmpty()) {
                return Optional.of(new RunbookException(ref.file(), ref.line(), ref.column(), "step '" + step.id()
                        + "' passes '" + name + "', which is not a param of " + target.get().ref()));
            }
        }
        for (Param param : target.get().params()) {
            if (param.required() && !nested.params().containsKey(param.name())) {
                return Optional.of(new RunbookException(ref.file(), ref.line(), ref.column(), "step '" + step.id()
                        + "' must pass the required param '" + param.name() + "' to " + target.get().ref()));
            }
        }
        return Optional.empty();
    }

    private static RunbookException dangling(RunbookRef ref, String field) {
        String what = ref.version().isPresent() ? "no runbook " + ref + " (that id at that version)" : "no runbook '" + ref.id() + "'";
        return new RunbookException(ref.file(), ref.line(), ref.column(), field + " names " + what + " in the catalogue");
    }

    private Optional<RunbookException> cycle(Runbook start) {
        Deque<Runbook> todo = new ArrayDeque<>();
        Set<String> seen = new HashSet<>();
        todo.push(start);
        while (!todo.isEmpty()) {
            Runbook current = todo.pop();
            for (Step step : current.steps()) {
                Optional<RunbookRef> ref = step.action() instanceof StepAction.Nested nested ? Optional.of(nested.runbook())
                        : step.onFailure().handover();
                if (ref.isEmpty()) {
                    continue;
                }
                Optional<Runbook> next = resolver.apply(ref.get());
                if (next.isEmpty()) {
                    continue;
                }
                if (next.get().id().equals(start.id())) {
                    RunbookRef first = firstRef(start);
                    return Optional.of(new RunbookException(first.file(), first.line(), first.column(),
                            "runbook '" + start.id() + "' ends up running itself (through " + current.id() + ")"));
                }
                if (seen.add(next.get().ref())) {
                    todo.push(next.get());
                }
            }
        }
        return Optional.empty();
    }

    private static RunbookRef firstRef(Runbook runbook) {
        for (Step step : runbook.steps()) {
            if (step.action() instanceof StepAction.Nested nested) {
                return nested.runbook();
            }
            if (step.onFailure().handover().isPresent()) {
                return step.onFailure().handover().get();
            }
        }
        throw new IllegalStateException("no reference in " + runbook.id());
    }

    /** A resolver over a map of runbooks by id, honouring pinned versions against {@code all}. */
    static Function<RunbookRef, Optional<Runbook>> resolver(Map<String, Runbook> effective, Iterable<Runbook> all) {
        return ref -> {
            if (ref.version().isEmpty()) {
                return Optional.ofNullable(effective.get(ref.id()));
            }
            for (Runbook runbook : all) {
                if (runbook.id().equals(ref.id()) && runbook.version().equals(ref.version().get())) {
                    return Optional.of(runbook);
                }
            }
            return Optional.empty();
        };
    }
}
