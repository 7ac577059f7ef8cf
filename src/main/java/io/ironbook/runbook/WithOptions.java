package io.ironbook.runbook;

import io.ironbook.yaml.YamlEntry;
import io.ironbook.yaml.YamlException;
import io.ironbook.yaml.YamlFields;
import io.ironbook.yaml.YamlNode;
import io.ironbook.yaml.YamlScalar;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The options each kube action takes in {@code with:}, and their types. */
final class WithOptions {

    private static final Map<KubeAction, Map<String, Scope.ValueType>> OPTIONS = new EnumMap<>(KubeAction.class);

    static {
        Map<String, Scope.ValueType> drain = new LinkedHashMap<>();
        drain.put("ignoreDaemonSets", Scope.ValueType.BOOL);
        drain.put("deleteEmptyDirData", Scope.ValueType.BOOL);
        drain.put("force", Scope.ValueType.BOOL);
        drain.put("disableEviction", Scope.ValueType.BOOL);
        drain.put("gracePeriod", Scope.ValueType.DURATION);
        drain.put("timeout", Scope.ValueType.DURATION);
        drain.put("skipWaitForDeleteTimeout", Scope.ValueType.DURATION);
        drain.put("podSelector", Scope.ValueType.TEXT);
        OPTIONS.put(KubeAction.DRAIN, drain);
        OPTIONS.put(KubeAction.CORDON, Map.of("reason", Scope.ValueType.TEXT));
        OPTIONS.put(KubeAction.UNCORDON, Map.of());
        OPTIONS.put(KubeAction.WAIT_READY, Map.of());
        OPTIONS.put(KubeAction.WAIT_NOT_READY, Map.of());
        OPTIONS.put(KubeAction.DESCRIBE, Map.of());
    }

    /** The option names an action takes, in documentation order. */
    static List<String> names(KubeAction action) {
        return List.copyOf(OPTIONS.get(action).keySet());
    }

    Map<String, String> read(KubeAction action, Optional<YamlNode> node, Scope scope) {
        Map<String, String> with = new LinkedHashMap<>();
        if (node.isEmpty()) {
            return with;
        }
        Map<String, Scope.ValueType> allowed = OPTIONS.get(action);
        YamlFields f = YamlFields.of(node.get(), "the options of " + action.yamlName());
        if (allowed.isEmpty()) {
            throw new YamlException(node.get().location(), action.yamlName() + " takes no options in with");
        }
        f.allowOnly(allowed.keySet());
        for (YamlEntry entry : f.map().entries()) {
            YamlScalar value = YamlFields.scalar(entry.value(), entry.name());
            scope.checkTyped(value, allowed.get(entry.name()), "with." + entry.name());
            with.put(entry.name(), value.text());
        }
        return with;
    }
}
