package io.ironbook.diagnose;

import static org.assertj.core.api.Assertions.assertThat;

import io.ironbook.diagnose.rules.Finding;
import io.ironbook.diagnose.rules.Severity;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CascadeResolverTest {

    private static Finding f(String id, Severity severity) {
        return new Finding(id, severity, id, List.of(), List.of());
    }

    private static Finding f(String id) {
        return f(id, Severity.CRITICAL);
    }

    private static final Map<String, List<String>> EDGES = Map.of(
            "power", List.of("ro"),
            "ro", List.of("containerd", "crashloop"),
            "containerd", List.of("socket", "crashloop"),
            "socket", List.of("crashloop"),
            "crashloop", List.of("unknown"),
            "swap", List.of("crashloop"));

    private static Cascade resolve(Finding... findings) {
        return CascadeResolver.resolve(List.of(findings), id -> EDGES.getOrDefault(id, List.of()));
    }

    @Test
    void theChainIsTheLongestPathCauseFirst() {
        Cascade c = resolve(f("unknown"), f("crashloop"), f("containerd"), f("ro"), f("power"), f("socket"));
        assertThat(c.rootCauses()).containsExactly("power");
        assertThat(c.chain()).containsExactly("power", "ro", "containerd", "socket", "crashloop", "unknown");
        assertThat(c.edges().get("ro")).containsExactly("containerd", "crashloop");
    }

    @Test
    void edgesToAbsentFindingsAreDropped() {
        Cascade c = resolve(f("ro"), f("crashloop"));
        assertThat(c.edges().get("ro")).containsExactly("crashloop");
        assertThat(c.chain()).containsExactly("ro", "crashloop");
    }

    @Test
    void independentRootsAreAllReportedMostSevereAndLongestFirst() {
        Cascade c = resolve(f("cordoned", Severity.WARNING), f("swap"), f("crashloop"), f("unknown"), f("alone"));
        assertThat(c.rootCauses()).containsExactly("swap", "alone", "cordoned");
        assertThat(c.chains().get("swap")).containsExactly("swap", "crashloop", "unknown");
        assertThat(c.chains().get("cordoned")).containsExactly("cordoned");
        assertThat(c.chain()).containsExactly("swap", "crashloop", "unknown");
    }

    @Test
    void twoRootsExplainingTheSameSymptomBothStayRoots() {
        Cascade c = resolve(f("ro"), f("swap"), f("crashloop"));
        assertThat(c.rootCauses()).containsExactly("ro", "swap");
        assertThat(c.chain()).containsExactly("ro", "crashloop");
    }

    @Test
    void aCycleInAHandMadeRuleSetStillGivesEveryFindingARoot() {
        Map<String, List<String>> cyclic = Map.of("a", List.of("b"), "b", List.of("a"), "c", List.of());
        Cascade c = CascadeResolver.resolve(List.of(f("a"), f("b"), f("c")), id -> cyclic.getOrDefault(id, List.of()));
        assertThat(c.rootCauses()).containsExactlyInAnyOrder("a", "c");
        assertThat(c.chains().get("a")).containsExactly("a", "b");
    }

    @Test
    void noFindingsNoChain() {
        Cascade c = resolve();
        assertThat(c.rootCauses()).isEmpty();
        assertThat(c.chain()).isEmpty();
    }
}
