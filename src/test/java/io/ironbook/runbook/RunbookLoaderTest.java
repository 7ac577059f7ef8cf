package io.ironbook.runbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ironbook.diagnose.FindingIds;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RunbookLoaderTest {

    private final RunbookLoader loader = new RunbookLoader(FindingIds.all());

    private Runbook load(String text) {
        return loader.load("rb.yaml", text.getBytes(StandardCharsets.UTF_8), RunbookSource.Origin.FILE);
    }

    @Test
    void theValidRunbookLoadsIntoRecords() {
        Runbook runbook = load(RunbookTexts.VALID);
        assertThat(runbook.id()).isEqualTo("demo");
        assertThat(runbook.version()).isEqualTo(SemVer.parse("1.2.3").orElseThrow());
        assertThat(runbook.appliesTo()).containsExactly("kubelet-stopped");
        assertThat(runbook.params()).extracting(Param::name).containsExactly("node", "drainTimeout", "mode");
        assertThat(runbook.param("drainTimeout").orElseThrow().defaultValue()).contains("5m");
        assertThat(runbook.preconditions()).extracting(Precondition::kind)
                .containsExactly(Precondition.Kind.NODE_EXISTS, Precondition.Kind.OTHER_CONTROL_PLANES_READY);
        assertThat(runbook.steps()).extracting(Step::id).containsExactly("drain", "halt", "back", "uncordon");

        Step drain = runbook.steps().get(0);
        StepAction.Kube kube = (StepAction.Kube) drain.action();
        assertThat(kube.action()).isEqualTo(KubeAction.DRAIN);
        assertThat(kube.node()).isEqualTo(new Target.Nodes(java.util.List.of("{{node}}")));
        assertThat(kube.with()).containsEntry("ignoreDaemonSets", "true").containsEntry("timeout", "{{drainTimeout}}");
        assertThat(drain.gate()).contains(new Gate.Confirm());

        Step halt = runbook.steps().get(1);
        StepAction.Ssh ssh = (StepAction.Ssh) halt.action();
        assertThat(ssh.sudo()).isTrue();
        assertThat(ssh.expectDisconnect()).isTrue();
        assertThat(halt.timeout()).contains(Duration.ofMinutes(2));
        assertThat(halt.gate()).contains(new Gate.Typed("{{node}}"));
        assertThat(halt.onFailure().kind()).isEqualTo(FailurePolicy.Kind.STOP);

        StepAction.Wait wait = (StepAction.Wait) runbook.steps().get(2).action();
        assertThat(wait.conditions()).extracting(WaitCondition::kind)
                .containsExactly(WaitCondition.Kind.NODE_READY, WaitCondition.Kind.BOOT_ID_CHANGED);
        assertThat(((StepAction.Kube) runbook.steps().get(3).action()).onlyIfCordonedByThisRun()).isTrue();
        assertThat(runbook.source().sha256()).hasSize(64);
    }

    /** Every rule of the runbook format, each broken once: the text, then the one line it must give. */
    static Stream<Arguments> malformed() {
        return Stream.of(
                // YAML that does not parse
                Arguments.of(RunbookTexts.with("title: Demo maintenance", "title: Demo: maintenance"),
                        "rb.yaml:5:12: unexpected ':' (a value with ': ' in it needs quotes, or the indentation is off)"),
                Arguments.of(RunbookTexts.with("  - id: back\n", "  - id: back\n\t"),
                        "rb.yaml:41:1: tab character: YAML indents with spaces, not tabs"),
                Arguments.of(RunbookTexts.with("kind: Runbook\n", "kind: Runbook\nid: other\n"),
                        "rb.yaml:4:1: duplicate key 'id' (first at line 3)"),
                // unknown top-level or step field
                Arguments.of(RunbookTexts.with("title: Demo maintenance", "titel: Demo maintenance"),
                        "rb.yaml:5:1: unknown field 'titel' in a runbook (did you mean 'title'?)"),
                Arguments.of(RunbookTexts.with("    expectDisconnect: true", "    expectDisconect: true"),
                        "rb.yaml:36:5: unknown field 'expectDisconect' in step 'halt' (did you mean 'expectDisconnect'?)"),
                Arguments.of(RunbookTexts.with("    expectDisconnect: true", "    action: drain"),
                        "rb.yaml:36:5: field 'action' does not apply to a ssh step (it belongs to kube steps) in step 'halt'"),
                // missing required fields
                Arguments.of(RunbookTexts.with("id: demo\n", ""),
                        "rb.yaml:1:1: missing required field 'id' in a runbook"),
                Arguments.of(RunbookTexts.with("    run: systemctl stop kubelet containerd && shutdown -h now\n", ""),
                        "rb.yaml:31:5: missing required field 'run' in step 'halt'"),
                Arguments.of(RunbookTexts.with("  - id: back\n    kind: wait\n", "  - id: back\n"),
                        "rb.yaml:40:5: missing required field 'kind' in step 'back'"),
                // apiVersion, kind, version
                Arguments.of(RunbookTexts.with("apiVersion: ironbook/v1", "apiVersion: ironbook/v2"),
                        "rb.yaml:1:13: apiVersion must be 'ironbook/v1', found 'ironbook/v2'"),
                Arguments.of(RunbookTexts.with("kind: Runbook", "kind: Playbook"),
                        "rb.yaml:2:7: kind must be 'Runbook', found 'Playbook'"),
                Arguments.of(RunbookTexts.with("version: 1.2.3", "version: 1.2"),
                        "rb.yaml:4:10: version must be a semantic version MAJOR.MINOR.PATCH such as 1.0.0, found the number 1.2"),
                Arguments.of(RunbookTexts.with("version: 1.2.3", "version: v1.2.3"),
                        "rb.yaml:4:10: version must be a semantic version MAJOR.MINOR.PATCH such as 1.0.0, found 'v1.2.3'"),
                // duplicate step ids, unknown kind or action
                Arguments.of(RunbookTexts.with("  - id: back", "  - id: drain"),
                        "rb.yaml:40:9: duplicate step id 'drain' (first at line 23)"),
                Arguments.of(RunbookTexts.with("    kind: wait", "    kind: sleep"),
                        "rb.yaml:41:11: unknown step kind 'sleep' (known: kube, ssh, diagnose, manual, wait, runbook)"),
                Arguments.of(RunbookTexts.with("    action: uncordon", "    action: uncordn"),
                        "rb.yaml:46:13: unknown kube action 'uncordn' (did you mean 'uncordon'?) (known: cordon, uncordon, drain, "
                                + "waitReady, waitNotReady, describe)"),
                // {{name}} that names no param
                Arguments.of(RunbookTexts.with("    title: Drain {{node}}", "    title: Drain {{nodes}}"),
                        "rb.yaml:24:18: {{nodes}} in title names no param (did you mean {{node}}?)"),
                Arguments.of(RunbookTexts.with("    run: systemctl stop kubelet containerd && shutdown -h now",
                                "    run: systemctl stop {{unit}} && shutdown -h now"),
                        "rb.yaml:35:25: {{unit}} in run names no param (params: node, drainTimeout, mode)"),
                Arguments.of(RunbookTexts.with("    title: Drain {{node}}", "    title: Drain {{ node"),
                        "rb.yaml:24:18: malformed parameter reference '{{ node' (write {{name}} with a param's name) in title"),
                // a param value of the wrong type
                Arguments.of(RunbookTexts.with("    timeout: 2m", "    timeout: soon"),
                        "rb.yaml:37:14: timeout must be a duration such as 90s, 5m or 1h30m, found 'soon'"),
                Arguments.of(RunbookTexts.with("timeout: \"{{drainTimeout}}\"}", "timeout: soon}"),
                        "rb.yaml:28:45: with.timeout must be a duration such as 90s, 5m or 1h30m, found 'soon'"),
                Arguments.of(RunbookTexts.with("timeout: \"{{drainTimeout}}\"}", "timeout: \"{{node}}\"}"),
                        "rb.yaml:28:45: {{node}} is a node param, but with.timeout needs a duration"),
                Arguments.of(RunbookTexts.with("{ignoreDaemonSets: true,", "{ignoreDaemonSets: yes,"),
                        "rb.yaml:28:30: with.ignoreDaemonSets must be true or false, found the boolean yes"),
                Arguments.of(RunbookTexts.with("    sudo: true", "    sudo: \"true\""),
                        "rb.yaml:34:11: field 'sudo' must be true or false, found 'true'"),
                Arguments.of(RunbookTexts.with("    default: 5m", "    default: five minutes"),
                        "rb.yaml:14:14: the default of 'drainTimeout' must be a duration such as 90s, 5m or 1h30m, found 'five minutes'"),
                Arguments.of(RunbookTexts.with("    default: fast", "    default: medium"),
                        "rb.yaml:18:14: the default of 'mode' must be one of fast, slow, found 'medium'"),
                Arguments.of(RunbookTexts.with("    type: duration", "    type: time"),
                        "rb.yaml:13:11: unknown param type 'time' (known: string, node, nodes, int, bool, duration, enum)"),
                // a destructive step with no gate
                Arguments.of(RunbookTexts.with("    destructive: true\n    gate: confirm\n", "    destructive: true\n"),
                        "rb.yaml:29:5: step 'drain' is destructive but has no gate (add gate: confirm, or gate: {typed: \"{{node}}\"})"),
                // safety beyond the contract: what a step runs decides what it needs
                Arguments.of(RunbookTexts.with("    destructive: true\n    gate: {typed: \"{{node}}\"}\n", ""),
                        "rb.yaml:35:5: step 'halt' halts or reboots the node: mark it destructive: true and give it a gate"),
                Arguments.of(RunbookTexts.with("    gate: {typed: \"{{node}}\"}", "    gate: confirm"),
                        "rb.yaml:39:5: step 'halt' halts or reboots the node: its gate must be typed, e.g. gate: {typed: \"{{node}}\"}"),
                Arguments.of(RunbookTexts.with("    run: systemctl stop kubelet containerd && shutdown -h now",
                                "    run: echo \"{{node}}\" && shutdown -h now"),
                        "rb.yaml:35:16: a {{param}} inside quotes in run: ironbook quotes parameter values itself, so write the reference bare"),
                Arguments.of(RunbookTexts.with("    on: \"{{node}}\"", "    on: x; rm -rf /"),
                        "rb.yaml:33:9: on must be a node name (lower-case letters, digits, '-' and '.') or a {{param}}, found 'x; rm -rf /'"),
                // no steps
                Arguments.of(RunbookTexts.VALID.substring(0, RunbookTexts.VALID.indexOf("steps:")) + "steps: []\n",
                        "rb.yaml:22:8: no steps: a runbook needs at least one step"),
                Arguments.of(RunbookTexts.VALID.substring(0, RunbookTexts.VALID.indexOf("steps:")),
                        "rb.yaml:1:1: missing required field 'steps' in a runbook"),
                // finding ids
                Arguments.of(RunbookTexts.with("appliesTo: [kubelet-stopped]", "appliesTo: [kubelet-stoped]"),
                        "rb.yaml:7:13: unknown finding id 'kubelet-stoped' in appliesTo (did you mean 'kubelet-stopped'?)"),
                // other slips
                Arguments.of(RunbookTexts.with("    timeout: 2m\n", "    timeout: 2m\n    retries: 3\n"),
                        "rb.yaml:38:5: retries applies only with onFailure: retry in step 'halt'"),
                Arguments.of(RunbookTexts.with("    onlyIfCordonedByThisRun: true", "    onlyIfCordonedByThisRun: true\n    timeout: 1m")
                                .replace("  - id: back\n    kind: wait\n    for: {nodeReady: \"{{node}}\", bootIdChanged: \"{{node}}\"}\n    timeout: 30m\n",
                                        "  - id: back\n    kind: wait\n    for: {nodeReady: \"{{node}}\", bootIdChanged: \"{{node}}\"}\n"),
                        "rb.yaml:40:5: step 'back' waits: give it a timeout (for example timeout: 30m)"),
                Arguments.of(RunbookTexts.with("    gate: confirm", "    gate: yes please"),
                        "rb.yaml:30:11: gate must be confirm or {typed: TEXT}, found 'yes please'"));
    }

    @ParameterizedTest
    @MethodSource("malformed")
    void eachBrokenRuleGivesOneLineWithItsPlace(String text, String expected) {
        assertThatThrownBy(() -> load(text))
                .isInstanceOf(RunbookException.class)
                .hasMessage(expected);
    }

    @Test
    void aDrainMustBeDestructive() {
        String text = RunbookTexts.with("    destructive: true\n    gate: confirm\n", "");
        assertThatThrownBy(() -> load(text)).hasMessage(
                "rb.yaml:26:5: step 'drain' drains a node, which evicts its workloads: mark it destructive: true and give it a gate");
    }

    @Test
    void emptyBinaryAndNonMappingFilesAreOneLine() {
        assertThatThrownBy(() -> load("")).hasMessage("rb.yaml:1:1: file is empty");
        assertThatThrownBy(() -> loader.load("rb.yaml", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0}, RunbookSource.Origin.FILE))
                .hasMessageStartingWith("rb.yaml: binary content");
        assertThatThrownBy(() -> load("- apiVersion: ironbook/v1\n- kind: Runbook\n"))
                .hasMessage("rb.yaml:1:1: a runbook must be a mapping of fields, found a list");
        assertThatThrownBy(() -> load("just some text\n"))
                .hasMessage("rb.yaml:1:1: a runbook must be a mapping of fields, found 'just some text'");
    }
}
