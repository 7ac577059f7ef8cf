package io.ironbook.runbook;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A versioned runbook, validated: every reference resolves, every destructive step has a gate.
 *
 * @param id            kebab-case id, unique in the catalogue
 * @param version       semantic version
 * @param title         one line
 * @param description   shown before the run starts
 * @param appliesTo     finding ids this runbook remedies
 * @param params        parameters, in file order
 * @param preconditions checked before the first step
 * @param steps         in order
 * @param source        where it was loaded from
 */
public record Runbook(String id, SemVer version, String title, String description, List<String> appliesTo,
                      List<Param> params, List<Precondition> preconditions, List<Step> steps, RunbookSource source) {

    /** The only accepted {@code apiVersion}. */
    public static final String API_VERSION = "ironbook/v1";
    /** The only accepted {@code kind}. */
    public static final String KIND = "Runbook";

    public Runbook {
        Objects.requireNonNull(id);
        Objects.requireNonNull(version);
        title = title == null ? "" : title;
        description = description == null ? "" : description;
        appliesTo = List.copyOf(appliesTo);
        params = List.copyOf(params);
        preconditions = List.copyOf(preconditions);
        steps = List.copyOf(steps);
        Objects.requireNonNull(source);
    }

    public Optional<Param> param(String name) {
        return params.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    public Optional<Step> step(String stepId) {
        return steps.stream().filter(s -> s.id().equals(stepId)).findFirst();
    }

    /**
     * The runbook's lifecycle: its steps' phases in order, a phase written {@code "a → b"} counting
     * as two and a phase shared by consecutive steps named once ("drain → stop services → shutdown →
     * maintenance → boot → uncordon").
     */
    public List<String> lifecycle() {
        List<String> phases = new java.util.ArrayList<>();
        for (Step step : steps) {
            for (String part : step.phase().split("→|->")) {
                String phase = part.strip();
                if (!phase.isEmpty() && (phases.isEmpty() || !phases.get(phases.size() - 1).equals(phase))) {
                    phases.add(phase);
                }
            }
        }
        return phases;
    }

    /** {@code id@version}. */
    public String ref() {
        return id + "@" + version;
    }
}
