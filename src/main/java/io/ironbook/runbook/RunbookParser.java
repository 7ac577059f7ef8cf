package io.ironbook.runbook;

import io.ironbook.yaml.Spelling;
import io.ironbook.yaml.YamlEntry;
import io.ironbook.yaml.YamlException;
import io.ironbook.yaml.YamlFields;
import io.ironbook.yaml.YamlNode;
import io.ironbook.yaml.YamlScalar;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads and checks a whole runbook document: header, params, preconditions, then the steps. */
final class RunbookParser {

    static final List<String> FIELDS = List.of("apiVersion", "kind", "id", "version", "title", "description",
            "appliesTo", "params", "preconditions", "steps");

    private final Set<String> findingIds;

    RunbookParser(Set<String> findingIds) {
        this.findingIds = findingIds;
    }

    Runbook parse(YamlNode root, RunbookSource source) {
        YamlFields f = YamlFields.of(root, "a runbook");
        f.allowOnly(FIELDS);
        expect(f, "apiVersion", Runbook.API_VERSION);
        expect(f, "kind", Runbook.KIND);
        YamlScalar idScalar = f.requiredScalar("id");
        if (!StepParser.KEBAB.matcher(idScalar.text()).matches()) {
            throw new YamlException(idScalar.location(), "id '" + idScalar.text() + "' must be kebab-case (lower-case words joined by '-')");
        }
        YamlScalar versionScalar = f.requiredScalar("version");
        SemVer version = SemVer.parse(versionScalar.text()).orElseThrow(() -> new YamlException(versionScalar.location(),
                "version must be a semantic version MAJOR.MINOR.PATCH such as 1.0.0, found " + versionScalar.description()));
        String title = f.requiredText("title");
        List<String> appliesTo = new ArrayList<>();
        for (YamlNode item : f.optionalList("appliesTo")) {
            appliesTo.add(findingId(YamlFields.scalar(item, "appliesTo"), findingIds, "appliesTo"));
        }

        Scope scope = new Scope();
        List<Param> params = params(f, scope);
        f.optionalScalar("description").ifPresent(s -> scope.checkText(s, "description"));
        List<Precondition> preconditions = preconditions(f, scope);
        List<Step> steps = steps(f, scope);
        return new Runbook(idScalar.text(), version, title, f.optionalText("description").orElse(""), appliesTo,
                params, preconditions, steps, source);
    }

    private static void expect(YamlFields f, String field, String value) {
        YamlScalar scalar = f.requiredScalar(field);
        if (!scalar.text().equals(value)) {
            throw new YamlException(scalar.location(), field + " must be '" + value + "', found " + scalar.description());
        }
    }

    static String findingId(YamlScalar scalar, Set<String> known, String field) {
        String id = scalar.text();
        if (!known.contains(id)) {
            String close = Spelling.closest(id, known);
            throw new YamlException(scalar.location(), "unknown finding id '" + id + "' in " + field
                    + (close != null ? " (did you mean '" + close + "'?)" : " (see the finding ids in docs/runbooks.md)"));
        }
        return id;
    }

    private List<Param> params(YamlFields f, Scope scope) {
        List<Param> params = new ArrayList<>();
        Map<String, Integer> lines = new HashMap<>();
        for (YamlNode node : f.optionalList("params")) {
            Param param = ParamParser.parse(node);
            Integer first = lines.putIfAbsent(param.name(), node.location().line());
            if (first != null) {
                throw new YamlException(node.location(), "duplicate param '" + param.name() + "' (first at line " + first + ")");
            }
            scope.addParam(param.name(), param.type());
            params.add(param);
        }
        return params;
    }

    private static List<Precondition> preconditions(YamlFields f, Scope scope) {
        List<Precondition> preconditions = new ArrayList<>();
        List<String> known = java.util.Arrays.stream(Precondition.Kind.values()).map(Precondition.Kind::key).toList();
        for (YamlNode node : f.optionalList("preconditions")) {
            YamlFields p = YamlFields.of(node, "a precondition");
            if (p.map().entries().size() != 1) {
                throw new YamlException(node.location(), "a precondition is one condition, such as nodeExists: \"{{node}}\"");
            }
            p.allowOnly(known);
            YamlEntry entry = p.map().entries().get(0);
            Precondition.Kind kind = Precondition.Kind.fromKey(entry.name()).orElseThrow();
            if (kind.isFlag()) {
                if (!YamlFields.bool(entry.value(), entry.name())) {
                    throw new YamlException(entry.value().location(), entry.name() + " can only be true (leave it out otherwise)");
                }
                preconditions.add(new Precondition(kind, Optional.empty()));
            } else {
                preconditions.add(new Precondition(kind, Optional.of(TargetParser.parse(entry.value(), entry.name(), scope))));
            }
        }
        return preconditions;
    }

    private List<Step> steps(YamlFields f, Scope scope) {
        List<YamlNode> nodes = f.requiredList("steps");
        if (nodes.isEmpty()) {
            throw new YamlException(f.required("steps").location(), "no steps: a runbook needs at least one step");
        }
        StepParser parser = new StepParser(scope, findingIds);
        List<Step> steps = new ArrayList<>();
        Map<String, Integer> lines = new HashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            Step step = parser.parse(nodes.get(i), i);
            Integer first = lines.putIfAbsent(step.id(), step.line());
            if (first != null) {
                YamlScalar id = (YamlScalar) YamlFields.of(nodes.get(i), "step").required("id");
                throw new YamlException(id.location(), "duplicate step id '" + step.id() + "' (first at line " + first + ")");
            }
            parser.afterStep(step);
            steps.add(step);
        }
        return steps;
    }
}
