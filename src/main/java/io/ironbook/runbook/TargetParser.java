package io.ironbook.runbook;

import io.ironbook.yaml.YamlEntry;
import io.ironbook.yaml.YamlException;
import io.ironbook.yaml.YamlFields;
import io.ironbook.yaml.YamlList;
import io.ironbook.yaml.YamlMap;
import io.ironbook.yaml.YamlNode;
import io.ironbook.yaml.YamlScalar;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads where a step acts: a node name or {@code {{param}}}, a list of them, {@code {role: worker}}
 * or {@code {selector: "k=v"}}.
 */
final class TargetParser {

    private static final Pattern ROLE = Pattern.compile("[a-z0-9]([-a-z0-9.]*[a-z0-9])?");
    private static final Pattern SELECTOR = Pattern.compile(
            "[A-Za-z0-9./_-]+\\s*(?:(?:=|==|!=)\\s*[A-Za-z0-9._-]*|\\s+(?:in|notin)\\s*\\([^)]*\\))?"
                    + "(?:\\s*,\\s*!?[A-Za-z0-9./_-]+\\s*(?:(?:=|==|!=)\\s*[A-Za-z0-9._-]*|\\s+(?:in|notin)\\s*\\([^)]*\\))?)*");

    private TargetParser() {
    }

    static Target parse(YamlNode node, String field, Scope scope) {
        if (node instanceof YamlScalar scalar) {
            scope.checkTyped(YamlFields.scalar(scalar, field), Scope.ValueType.NODE, field);
            return new Target.Nodes(List.of(scalar.text().strip()));
        }
        if (node instanceof YamlList list) {
            if (list.items().isEmpty()) {
                throw new YamlException(list.location(), field + " names no node");
            }
            List<String> names = new ArrayList<>();
            for (YamlNode item : list.items()) {
                YamlScalar scalar = YamlFields.scalar(item, field);
                scope.checkTyped(scalar, Scope.ValueType.NODE, field);
                names.add(scalar.text().strip());
            }
            return new Target.Nodes(names);
        }
        YamlMap map = (YamlMap) node;
        if (map.entries().size() != 1) {
            throw new YamlException(map.location(), field + " must be a node, a list of nodes, {role: ROLE} or {selector: \"k=v\"}");
        }
        YamlEntry entry = map.entries().get(0);
        YamlScalar value = YamlFields.scalar(entry.value(), entry.name());
        switch (entry.name()) {
            case "role" -> {
                scope.checkTyped(value, Scope.ValueType.TEXT, "role");
                if (!Template.hasRefs(value.text()) && !ROLE.matcher(value.text()).matches()) {
                    throw new YamlException(value.location(), "role must be a role name such as worker or control-plane, found " + value.description());
                }
                return new Target.Role(value.text());
            }
            case "selector" -> {
                scope.checkTyped(value, Scope.ValueType.TEXT, "selector");
                if (!Template.hasRefs(value.text()) && !SELECTOR.matcher(value.text().strip()).matches()) {
                    throw new YamlException(value.location(), "selector must be a label selector such as \"disk=ssd,zone!=a\", found " + value.description());
                }
                return new Target.Selector(value.text().strip());
            }
            default -> throw new YamlException(entry.key().location(), "unknown target '" + entry.name()
                    + "' in " + field + " (a node, a list of nodes, {role: ROLE} or {selector: \"k=v\"})");
        }
    }
}
