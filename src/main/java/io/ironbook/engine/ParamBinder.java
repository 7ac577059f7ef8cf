package io.ironbook.engine;

import io.ironbook.runbook.Param;
import io.ironbook.runbook.ParamValues;
import io.ironbook.runbook.Runbook;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Binds {@code --param k=v} values to a runbook's params: unknown names, missing required params
 * and values of the wrong type are refused, all of them at once, before anything runs.
 */
public final class ParamBinder {

    private ParamBinder() {
    }

    /**
     * @throws RunRefusedException listing every problem, one per line
     */
    public static BoundParams bind(Runbook runbook, Map<String, String> given) {
        List<String> problems = new ArrayList<>();
        Map<String, String> values = new LinkedHashMap<>();
        Set<String> secrets = new HashSet<>();
        Set<String> lists = new HashSet<>();
        for (String name : given.keySet()) {
            if (runbook.param(name).isEmpty()) {
                problems.add("--param " + name + ": " + runbook.id() + " has no param '" + name + "'"
                        + (runbook.params().isEmpty() ? "" : " (params: " + String.join(", ",
                        runbook.params().stream().map(Param::name).toList()) + ")"));
            }
        }
        for (Param param : runbook.params()) {
            String value = given.get(param.name());
            if (value == null) {
                if (param.required()) {
                    problems.add("missing --param " + param.name() + "=" + param.type().yamlName().toUpperCase(java.util.Locale.ROOT)
                            + (param.description().isBlank() ? "" : " (" + param.description() + ")"));
                    continue;
                }
                value = param.defaultValue().orElse(null);
            } else {
                String v = value;
                ParamValues.check(param.type(), value, param.values())
                        .ifPresent(p -> problems.add("--param " + param.name() + "=" + (param.secret() ? Redactor.MASK : v) + ": " + p));
            }
            if (value != null) {
                values.put(param.name(), value);
            }
            if (param.secret()) {
                secrets.add(param.name());
            }
            if (param.type() == io.ironbook.runbook.ParamType.NODES) {
                lists.add(param.name());
            }
        }
        if (!problems.isEmpty()) {
            throw new RunRefusedException(RunRefusedException.Reason.BAD_INPUT, String.join("\n", problems));
        }
        return new BoundParams(values, secrets, lists);
    }
}
