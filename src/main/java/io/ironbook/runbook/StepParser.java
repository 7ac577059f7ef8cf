package io.ironbook.runbook;

import io.ironbook.yaml.Location;
import io.ironbook.yaml.Spelling;
import io.ironbook.yaml.YamlEntry;
import io.ironbook.yaml.YamlException;
import io.ironbook.yaml.YamlFields;
import io.ironbook.yaml.YamlNode;
import io.ironbook.yaml.YamlScalar;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads and checks one step; the kind decides which fields it may have. */
final class StepParser {

    static final List<String> COMMON = List.of("id", "title", "why", "phase", "kind", "destructive", "gate",
            "timeout", "onFailure", "retries", "retryDelay", "when");

    private static final Map<StepKind, List<String>> KIND_FIELDS = new EnumMap<>(StepKind.class);

    static {
        KIND_FIELDS.put(StepKind.KUBE, List.of("action", "node", "with", "onlyIfCordonedByThisRun",
                "onlyIfCordonedByIronbook", "serial"));
        KIND_FIELDS.put(StepKind.SSH, List.of("on", "run", "sudo", "expectDisconnect", "expect", "capture", "serial"));
        KIND_FIELDS.put(StepKind.DIAGNOSE, List.of("node", "expectAbsent"));
        KIND_FIELDS.put(StepKind.MANUAL, List.of("instructions"));
        KIND_FIELDS.put(StepKind.WAIT, List.of("for"));
        KIND_FIELDS.put(StepKind.RUNBOOK, List.of("runbook", "params"));
    }

    static final Pattern KEBAB = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

    private final Scope scope;
    private final Set<String> findingIds;
    private final WithOptions withOptions = new WithOptions();

    StepParser(Scope scope, Set<String> findingIds) {
        this.scope = scope;
        this.findingIds = findingIds;
    }

    Step parse(YamlNode node, int index) {
        YamlFields f = YamlFields.of(node, "step " + (index + 1));
        String id = f.requiredText("id");
        if (!KEBAB.matcher(id).matches()) {
            throw new YamlException(f.required("id").location(), "step id '" + id + "' must be kebab-case (lower-case words joined by '-')");
        }
        String what = "step '" + id + "'";
        f = YamlFields.of(node, what);
        YamlScalar kindScalar = f.requiredScalar("kind");
        StepKind kind = StepKind.fromYaml(kindScalar.text()).orElseThrow(() -> new YamlException(kindScalar.location(),
                "unknown step kind '" + kindScalar.text() + "'" + suggest(kindScalar.text(), kindNames())));
        checkFields(f, kind, what);

        f.optionalScalar("title").ifPresent(s -> scope.checkText(s, "title"));
        f.optionalScalar("why").ifPresent(s -> scope.checkText(s, "why"));
        boolean destructive = f.optionalBool("destructive").orElse(false);
        Optional<Gate> gate = f.optional("gate").map(g -> gate(g, what));
        Optional<Duration> timeout = f.optionalScalar("timeout").map(s -> duration(s, "timeout"));
        FailurePolicy onFailure = failurePolicy(f, what);
        Map<String, String> when = when(f);

        StepAction action = switch (kind) {
            case KUBE -> kube(f);
            case SSH -> ssh(f, what);
            case DIAGNOSE -> diagnose(f);
            case MANUAL -> new StepAction.Manual(f.optionalScalar("instructions").map(s -> {
                scope.checkText(s, "instructions");
                return s.text();
            }));
            case WAIT -> waitFor(f);
            case RUNBOOK -> nested(f);
        };
        if (kind == StepKind.WAIT && timeout.isEmpty()) {
            throw new YamlException(f.map().location(), what + " waits: give it a timeout (for example timeout: 30m)");
        }
        checkSafety(f, what, action, destructive, gate);
        return new Step(id, f.optionalText("title").orElse(""), f.optionalText("why").orElse(""),
                f.optionalText("phase").orElse(null), action, destructive, gate, timeout, onFailure, when,
                f.map().location().line());
    }

    private static List<String> kindNames() {
        return java.util.Arrays.stream(StepKind.values()).map(StepKind::yamlName).toList();
    }

    private static String suggest(String name, List<String> known) {
        String close = Spelling.closest(name, known);
        return (close != null ? " (did you mean '" + close + "'?)" : "") + " (known: " + String.join(", ", known) + ")";
    }

    private static void checkFields(YamlFields f, StepKind kind, String what) {
        List<String> own = KIND_FIELDS.get(kind);
        for (YamlEntry entry : f.map().entries()) {
            String name = entry.name();
            if (COMMON.contains(name) || own.contains(name)) {
                continue;
            }
            for (Map.Entry<StepKind, List<String>> other : KIND_FIELDS.entrySet()) {
                if (other.getValue().contains(name)) {
                    throw new YamlException(entry.key().location(), "field '" + name + "' does not apply to a "
                            + kind.yamlName() + " step (it belongs to " + other.getKey().yamlName() + " steps) in " + what);
                }
            }
            List<String> known = new ArrayList<>(COMMON);
            known.addAll(own);
            f.allowOnly(known);
        }
    }

    private Gate gate(YamlNode node, String what) {
        if (node instanceof YamlScalar scalar && scalar.text().equals("confirm")) {
            return new Gate.Confirm();
        }
        if (node instanceof io.ironbook.yaml.YamlMap) {
            YamlFields g = YamlFields.of(node, "the gate of " + what).allowOnly(List.of("typed"));
            YamlScalar typed = g.requiredScalar("typed");
            if (typed.text().isBlank()) {
                throw new YamlException(typed.location(), "a typed gate needs the text to type");
            }
            scope.checkText(typed, "the typed gate");
            return new Gate.Typed(typed.text());
        }
        throw new YamlException(node.location(), "gate must be confirm or {typed: TEXT}, found " + node.description());
    }

    private FailurePolicy failurePolicy(YamlFields f, String what) {
        Optional<YamlScalar> written = f.optionalScalar("onFailure");
        String text = written.map(YamlScalar::text).orElse("stop");
        FailurePolicy.Kind kind;
        Optional<RunbookRef> handover = Optional.empty();
        if (text.startsWith("runbook:")) {
            kind = FailurePolicy.Kind.RUNBOOK;
            handover = Optional.of(runbookRef(written.get(), text.substring("runbook:".length()).strip(), "onFailure"));
        } else {
            kind = switch (text) {
                case "stop" -> FailurePolicy.Kind.STOP;
                case "continue" -> FailurePolicy.Kind.CONTINUE;
                case "retry" -> FailurePolicy.Kind.RETRY;
                default -> throw new YamlException(written.get().location(),
                        "onFailure must be stop, continue, retry or runbook:<id>, found " + written.get().description());
            };
        }
        if (kind != FailurePolicy.Kind.RETRY) {
            for (String field : List.of("retries", "retryDelay")) {
                if (f.has(field)) {
                    throw new YamlException(f.keyLocation(field), field + " applies only with onFailure: retry in " + what);
                }
            }
            return new FailurePolicy(kind, 0, Duration.ZERO, handover);
        }
        int retries = f.optionalInt("retries").orElse(FailurePolicy.DEFAULT_RETRIES);
        if (retries < 1 || retries > 100) {
            throw new YamlException(f.required("retries").location(), "retries must be between 1 and 100");
        }
        Duration delay = f.optionalScalar("retryDelay").map(s -> duration(s, "retryDelay")).orElse(FailurePolicy.DEFAULT_RETRY_DELAY);
        return new FailurePolicy(kind, retries, delay, Optional.empty());
    }

    static RunbookRef runbookRef(YamlScalar scalar, String text, String field) {
        String id = text;
        Optional<SemVer> version = Optional.empty();
        int at = text.indexOf('@');
        if (at >= 0) {
            id = text.substring(0, at);
            String v = text.substring(at + 1);
            version = Optional.of(SemVer.parse(v).orElseThrow(() -> new YamlException(scalar.location(),
                    field + ": '" + v + "' is not a semantic version (MAJOR.MINOR.PATCH)")));
        }
        if (!KEBAB.matcher(id).matches()) {
            throw new YamlException(scalar.location(), field + " must name a runbook as id or id@version, found " + scalar.description());
        }
        Location location = scalar.location();
        return new RunbookRef(id, version, location.source(), location.line(), location.column());
    }

    private Map<String, String> when(YamlFields f) {
        Map<String, String> when = new LinkedHashMap<>();
        Optional<YamlNode> node = f.optional("when");
        if (node.isEmpty()) {
            return when;
        }
        YamlFields w = YamlFields.of(node.get(), "when");
        for (YamlEntry entry : w.map().entries()) {
            ParamType type = scope.paramType(entry.name()).orElseThrow(() -> new YamlException(entry.key().location(),
                    "when: '" + entry.name() + "' names no param"));
            YamlScalar value = YamlFields.scalar(entry.value(), entry.name());
            if (Template.hasRefs(value.text())) {
                throw new YamlException(value.location(), "when compares a param with a literal value, not with {{...}}");
            }
            Scope.ValueType expected = switch (type) {
                case BOOL -> Scope.ValueType.BOOL;
                case INT -> Scope.ValueType.INT;
                case DURATION -> Scope.ValueType.DURATION;
                default -> Scope.ValueType.TEXT;
            };
            scope.checkTyped(value, expected, "when." + entry.name());
            when.put(entry.name(), value.text());
        }
        return when;
    }

    private StepAction kube(YamlFields f) {
        YamlScalar actionScalar = f.requiredScalar("action");
        List<String> known = java.util.Arrays.stream(KubeAction.values()).map(KubeAction::yamlName).toList();
        KubeAction action = KubeAction.fromYaml(actionScalar.text()).orElseThrow(() -> new YamlException(
                actionScalar.location(), "unknown kube action '" + actionScalar.text() + "'" + suggest(actionScalar.text(), known)));
        Target node = TargetParser.parse(f.required("node"), "node", scope);
        Map<String, String> with = withOptions.read(action, f.optional("with"), scope);
        boolean thisRun = uncordonOnly(f, action, "onlyIfCordonedByThisRun");
        boolean ironbook = uncordonOnly(f, action, "onlyIfCordonedByIronbook");
        if (thisRun && ironbook) {
            throw new YamlException(f.keyLocation("onlyIfCordonedByIronbook"),
                    "choose one of onlyIfCordonedByThisRun and onlyIfCordonedByIronbook");
        }
        return new StepAction.Kube(action, node, with, thisRun, ironbook, serial(f));
    }

    private static boolean uncordonOnly(YamlFields f, KubeAction action, String field) {
        Optional<Boolean> value = f.optionalBool(field);
        if (value.isPresent() && action != KubeAction.UNCORDON) {
            throw new YamlException(f.keyLocation(field), field + " applies only to uncordon");
        }
        return value.orElse(false);
    }

    private Optional<Integer> serial(YamlFields f) {
        Optional<Integer> serial = f.optionalInt("serial");
        if (serial.isPresent() && serial.get() < 1) {
            throw new YamlException(f.required("serial").location(), "serial must be 1 or more (nodes at a time)");
        }
        return serial;
    }

    private StepAction ssh(YamlFields f, String what) {
        Target on = TargetParser.parse(f.required("on"), "on", scope);
        YamlScalar run = f.requiredScalar("run");
        if (run.text().isBlank()) {
            throw new YamlException(run.location(), "run is empty in " + what);
        }
        scope.checkText(run, "run");
        int quoted = Template.firstQuotedRef(run.text());
        if (quoted >= 0) {
            throw new YamlException(Scope.at(run, quoted), "a {{param}} inside quotes in run: ironbook quotes parameter values"
                    + " itself, so write the reference bare");
        }
        Expectation expect = f.optional("expect").map(node -> ExpectationParser.parse(node, scope)).orElse(Expectation.exitZero());
        Optional<String> capture = f.optionalText("capture");
        if (capture.isPresent()) {
            String name = capture.get();
            if (!IDENTIFIER.matcher(name).matches() || scope.isDefined(name)) {
                throw new YamlException(f.required("capture").location(), "capture must be a new name (letters and digits), not '"
                        + name + "'" + (scope.isDefined(name) ? ", which is already a param or capture" : ""));
            }
        }
        return new StepAction.Ssh(on, run.text(), f.optionalBool("sudo").orElse(false),
                f.optionalBool("expectDisconnect").orElse(false), expect, capture, serial(f));
    }

    /** Makes a step's capture visible to the steps after it. */
    void afterStep(Step step) {
        if (step.action() instanceof StepAction.Ssh ssh) {
            ssh.capture().ifPresent(scope::addCapture);
        }
    }

    private StepAction diagnose(YamlFields f) {
        Target node = TargetParser.parse(f.required("node"), "node", scope);
        List<String> absent = new ArrayList<>();
        List<YamlNode> items = f.requiredList("expectAbsent");
        if (items.isEmpty()) {
            throw new YamlException(f.required("expectAbsent").location(), "expectAbsent names no finding");
        }
        for (YamlNode item : items) {
            YamlScalar id = YamlFields.scalar(item, "expectAbsent");
            absent.add(RunbookParser.findingId(id, findingIds, "expectAbsent"));
        }
        return new StepAction.Diagnose(node, absent);
    }

    private StepAction waitFor(YamlFields f) {
        YamlFields w = YamlFields.of(f.required("for"), "for");
        List<WaitCondition> conditions = new ArrayList<>();
        List<String> known = java.util.Arrays.stream(WaitCondition.Kind.values()).map(WaitCondition.Kind::key).toList();
        w.allowOnly(known);
        for (YamlEntry entry : w.map().entries()) {
            WaitCondition.Kind kind = WaitCondition.Kind.fromKey(entry.name()).orElseThrow();
            if (kind == WaitCondition.Kind.API_REACHABLE) {
                if (!YamlFields.bool(entry.value(), entry.name())) {
                    throw new YamlException(entry.value().location(), "apiReachable can only be true");
                }
                conditions.add(new WaitCondition(kind, Optional.empty()));
            } else {
                conditions.add(new WaitCondition(kind, Optional.of(TargetParser.parse(entry.value(), entry.name(), scope))));
            }
        }
        if (conditions.isEmpty()) {
            throw new YamlException(w.map().location(), "for names nothing to wait for (known: " + String.join(", ", known) + ")");
        }
        return new StepAction.Wait(conditions);
    }

    private StepAction nested(YamlFields f) {
        YamlScalar ref = f.requiredScalar("runbook");
        RunbookRef runbook = runbookRef(ref, ref.text().strip(), "runbook");
        Map<String, String> params = new LinkedHashMap<>();
        f.optional("params").ifPresent(node -> {
            for (YamlEntry entry : YamlFields.of(node, "params").map().entries()) {
                YamlScalar value = YamlFields.scalar(entry.value(), entry.name());
                scope.checkText(value, "params." + entry.name());
                params.put(entry.name(), value.text());
            }
        });
        return new StepAction.Nested(runbook, params);
    }

    private void checkSafety(YamlFields f, String what, StepAction action, boolean destructive, Optional<Gate> gate) {
        Location at = f.keyLocation(destructive ? "destructive" : "kind");
        if (action instanceof StepAction.Kube kube && kube.action() == KubeAction.DRAIN && !destructive) {
            throw new YamlException(f.keyLocation("action"), what + " drains a node, which evicts its workloads: mark it destructive: true and give it a gate");
        }
        if (action instanceof StepAction.Ssh ssh) {
            Optional<CommandSafety.Verdict> verdict = CommandSafety.assess(ssh.run());
            if (verdict.isPresent() && !destructive) {
                throw new YamlException(f.keyLocation("run"), what + " " + verdict.get().what()
                        + ": mark it destructive: true and give it a gate");
            }
            if (verdict.isPresent() && verdict.get().danger() == CommandSafety.Danger.NEEDS_TYPED_GATE
                    && !(gate.orElse(null) instanceof Gate.Typed)) {
                throw new YamlException(gate.isPresent() ? f.keyLocation("gate") : f.keyLocation("run"), what + " "
                        + verdict.get().what() + ": its gate must be typed, e.g. gate: {typed: \"{{node}}\"}");
            }
        }
        if (destructive && gate.isEmpty()) {
            throw new YamlException(at, what + " is destructive but has no gate (add gate: confirm, or gate: {typed: \"{{node}}\"})");
        }
    }

    static Duration duration(YamlScalar scalar, String field) {
        Duration d = GoDuration.parse(scalar.text()).orElseThrow(() -> new YamlException(scalar.location(),
                field + " must be a duration such as 90s, 5m or 1h30m, found " + scalar.description()));
        if (d.isZero()) {
            throw new YamlException(scalar.location(), field + " must be longer than 0");
        }
        return d;
    }
}
