package io.ironbook.diagnose.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ironbook.diagnose.FindingIds;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleLoaderTest {

    private final RuleLoader loader = new RuleLoader(FindingIds.all());

    private static String rule(String... lines) {
        return String.join("\n", lines) + "\n";
    }

    private static final String HEAD = "id: fs-readonly\nseverity: critical\nsummary: \"{target} is read-only\"\n";

    @Test
    void aGoodRuleLoadsWithItsSignalsAndCauses() {
        Rule r = loader.load("r.yaml", rule(HEAD + "causes: [containerd-down]", "signals:", "  - name: m", "    when:",
                "      - fact: mount", "        where:", "          ro: \"true\"", "          target: {in: [/, /var]}"));
        assertThat(r.id()).isEqualTo("fs-readonly");
        assertThat(r.causes()).containsExactly("containerd-down");
        assertThat(r.signals()).hasSize(1);
        assertThat(((Condition.FactPresent) r.signals().get(0).when().get(0)).tests()).hasSize(2);
    }

    @Test
    void anUnknownKeyIsNamedWithItsPlace() {
        assertThatThrownBy(() -> loader.load("r.yaml", rule(HEAD + "cause: [containerd-down]", "signals: []")))
                .isInstanceOf(RuleException.class).hasMessageStartingWith("r.yaml:4:1: unknown key 'cause'");
    }

    @Test
    void anIdOutsideTheContractIsRefused() {
        assertThatThrownBy(() -> loader.load("r.yaml", rule("id: disk-melted", "severity: critical", "summary: x",
                "signals: []"))).hasMessageStartingWith("r.yaml:1:5: unknown finding id 'disk-melted'");
    }

    @Test
    void aCauseOutsideTheContractIsRefused() {
        assertThatThrownBy(() -> loader.load("r.yaml", rule(HEAD + "causes: [containerd-down, pods-sad]", "signals: []")))
                .hasMessageStartingWith("r.yaml:4:27: causes names unknown finding id 'pods-sad'");
    }

    @Test
    void aLogConditionNeedsWords() {
        assertThatThrownBy(() -> loader.load("r.yaml", rule(HEAD + "signals:", "  - name: m", "    summary: x", "    when:",
                "      - lines:", "          regex: 'read-only'"))).hasMessageContaining("r.yaml:9:11: log conditions need 'contains:'");
    }

    @Test
    void aPatternThatCanBacktrackWithoutBoundIsRefused() {
        assertThatThrownBy(() -> loader.load("r.yaml", rule(HEAD + "signals:", "  - name: m", "    summary: x", "    when:",
                "      - lines:", "          contains: [x]", "          regex: '(a+)+b'")))
                .hasMessageContaining("r.yaml:10:18: the pattern repeats a group");
    }

    @Test
    void aBadPatternIsNamedWithItsPlace() {
        assertThatThrownBy(() -> loader.load("r.yaml", rule(HEAD + "signals:", "  - name: m", "    summary: x", "    when:",
                "      - lines:", "          contains: [x]", "          regex: '(unclosed'")))
                .hasMessageContaining("r.yaml:10:18: bad pattern");
    }

    @Test
    void anUnknownFactKindOrAttributeIsRefused() {
        assertThatThrownBy(() -> loader.load("r.yaml", rule(HEAD + "signals:", "  - name: m", "    when:", "      - fact: mounts")))
                .hasMessageContaining("r.yaml:7:15: unknown fact kind 'mounts'");
        assertThatThrownBy(() -> loader.load("r.yaml", rule(HEAD + "signals:", "  - name: m", "    when:", "      - fact: mount",
                "        where:", "          mountpoint: /var"))).hasMessageContaining("r.yaml:9:11: 'mountpoint' is not a known attribute of mount");
    }

    @Test
    void aSummaryMayOnlyUseWhatTheSignalCaptures() {
        assertThatThrownBy(() -> loader.load("r.yaml", rule(HEAD + "signals:", "  - name: m", "    when:", "      - lines:",
                "          contains: [read-only]"))).hasMessageContaining("the summary uses '{target}' but signal 'm' captures only []");
    }

    @Test
    void aTestMayOnlyUseEarlierCaptures() {
        assertThatThrownBy(() -> loader.load("r.yaml", rule(HEAD + "signals:", "  - name: m", "    when:", "      - fact: mount",
                "        where:", "          target: {ancestorOf: \"{path}\"}")))
                .hasMessageContaining("'{path}' is not captured by an earlier condition");
    }

    @Test
    void allOfCancelsOnlyUnderUnlessWithItsPartsCapturingInOrder() {
        String signal = HEAD + "signals:\n  - name: m\n    when:\n      - fact: mount\n        where: {ro: \"true\"}\n";
        Rule r = loader.load("r.yaml", rule(signal + "    unless:", "      - allOf:", "          - fact: mount",
                "            where: {ro: \"false\"}", "          - fact: mount", "            where: {target: \"{target}\"}"));
        Condition.AllOf all = (Condition.AllOf) r.signals().get(0).unless().get(0);
        assertThat(all.conditions()).hasSize(2);
        assertThatThrownBy(() -> loader.load("r.yaml", rule(signal + "    unless:", "      - allOf:",
                "          - fact: mount", "            where: {target: \"{nowhere}\"}", "          - unknown: mount")))
                .hasMessageContaining("'{nowhere}' is not captured by the 'when' conditions");
        assertThatThrownBy(() -> loader.load("r.yaml", rule(signal + "    unless:", "      - allOf:",
                "          - unknown: mount"))).hasMessageContaining("allOf needs at least two conditions");
        assertThatThrownBy(() -> loader.load("r.yaml", rule(HEAD + "signals:", "  - name: m", "    when:", "      - allOf:",
                "          - unknown: mount", "          - unknown: swap"))).hasMessageContaining("allOf belongs under 'unless'");
    }

    @Test
    void duplicateKeysAndTabsAreYamlErrorsWithTheirPlace() {
        assertThatThrownBy(() -> loader.load("r.yaml", "id: fs-readonly\nid: fs-readonly\n"))
                .isInstanceOf(RuleException.class).hasMessageStartingWith("r.yaml:2:1");
    }

    @Test
    void aCycleOfCausesIsRefused() {
        Rule a = loader.load("a.yaml", rule("id: containerd-down", "severity: critical", "summary: x", "causes: [kubelet-crashloop]",
                "signals:", "  - name: m", "    when:", "      - lines: {contains: [x]}"));
        Rule b = loader.load("b.yaml", rule("id: kubelet-crashloop", "severity: critical", "summary: x", "causes: [containerd-down]",
                "signals:", "  - name: m", "    when:", "      - lines: {contains: [x]}"));
        assertThatThrownBy(() -> RuleSet.of(List.of(a, b))).hasMessageContaining("the causes edges form a cycle: "
                + "containerd-down -> kubelet-crashloop -> containerd-down");
    }
}
