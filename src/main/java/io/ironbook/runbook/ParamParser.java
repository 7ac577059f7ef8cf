package io.ironbook.runbook;

import io.ironbook.yaml.YamlException;
import io.ironbook.yaml.YamlFields;
import io.ironbook.yaml.YamlNode;
import io.ironbook.yaml.YamlScalar;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads one entry of {@code params:} and checks its default against its type. */
final class ParamParser {

    static final List<String> FIELDS = List.of("name", "type", "required", "default", "description", "values", "secret");
    private static final Pattern NAME = Pattern.compile("[a-z][A-Za-z0-9]*");

    private ParamParser() {
    }

    static Param parse(YamlNode node) {
        YamlFields f = YamlFields.of(node, "a param");
        YamlScalar nameScalar = f.requiredScalar("name");
        String name = nameScalar.text();
        if (!NAME.matcher(name).matches()) {
            throw new YamlException(nameScalar.location(), "param name '" + name + "' must be camelCase letters and digits, such as drainTimeout");
        }
        if (name.equals(Scope.TARGET)) {
            throw new YamlException(nameScalar.location(), "'target' is reserved: {{target}} is the node a step is acting on");
        }
        f = YamlFields.of(node, "param '" + name + "'").allowOnly(FIELDS);
        YamlScalar typeScalar = f.requiredScalar("type");
        ParamType type = ParamType.fromYaml(typeScalar.text()).orElseThrow(() -> new YamlException(typeScalar.location(),
                "unknown param type '" + typeScalar.text() + "' (known: string, node, nodes, int, bool, duration, enum)"));
        boolean required = f.optionalBool("required").orElse(false);
        List<String> values = new ArrayList<>();
        for (YamlNode item : f.optionalList("values")) {
            values.add(YamlFields.text(item, "values"));
        }
        if (type == ParamType.ENUM && values.isEmpty()) {
            throw new YamlException(f.keyLocation("type"), "enum param '" + name + "' needs its values: values: [a, b]");
        }
        if (type != ParamType.ENUM && f.has("values")) {
            throw new YamlException(f.keyLocation("values"), "values applies only to enum params");
        }
        Optional<String> defaultValue = f.optional("default").map(d -> defaultValue(d, type, values, name));
        if (required && defaultValue.isPresent()) {
            throw new YamlException(f.keyLocation("default"), "param '" + name + "' is required, so a default would never be used");
        }
        return new Param(name, type, required, defaultValue, f.optionalText("description").orElse(""), values,
                f.optionalBool("secret").orElse(false));
    }

    private static String defaultValue(YamlNode node, ParamType type, List<String> values, String name) {
        String field = "the default of '" + name + "'";
        if (type == ParamType.NODES && !(node instanceof YamlScalar)) {
            List<String> names = new ArrayList<>();
            for (YamlNode item : YamlFields.list(node, field).items()) {
                YamlScalar scalar = YamlFields.scalar(item, field);
                checkValue(scalar, ParamType.NODE, values, field);
                names.add(scalar.text());
            }
            return String.join(",", names);
        }
        YamlScalar scalar = YamlFields.scalar(node, field);
        if (Template.hasRefs(scalar.text())) {
            throw new YamlException(scalar.location(), field + " must be a plain value, not a {{reference}}");
        }
        checkValue(scalar, type, values, field);
        return scalar.text();
    }

    private static void checkValue(YamlScalar scalar, ParamType type, List<String> values, String field) {
        String error = ParamValues.check(type, scalar.text(), values).orElse(null);
        if (error == null && type == ParamType.BOOL && !scalar.plain()) {
            error = "must be true or false";
        }
        if (error == null && type == ParamType.INT && !scalar.plain()) {
            error = "must be a whole number";
        }
        if (error != null) {
            throw new YamlException(scalar.location(), field + " " + error + ", found " + scalar.description());
        }
    }
}
