package io.ironbook.diagnose.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.ironbook.diagnose.FindingIds;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Loads every shipped rule file and checks ids and cascade edges against the contract. */
class ShippedRulesTest {

    private static final Path DIR = Path.of("src/main/resources/diagnose/rules");

    private static List<Path> files() throws IOException {
        try (Stream<Path> s = Files.list(DIR)) {
            return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    @TestFactory
    Stream<DynamicTest> everyFileLoadsAndIsNamedForItsFindingId() throws IOException {
        RuleLoader loader = new RuleLoader(FindingIds.all());
        List<DynamicTest> tests = new ArrayList<>();
        for (Path file : files()) {
            tests.add(DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
                Rule rule = loader.load(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
                assertThat(file.getFileName().toString()).isEqualTo(rule.id() + ".yaml");
                assertThat(FindingIds.isKnown(rule.id())).isTrue();
                assertThat(rule.causes()).allSatisfy(c -> assertThat(FindingIds.isKnown(c)).as(c).isTrue());
            }));
        }
        return tests.stream();
    }

    @Test
    void everyFindingIdOfTheContractHasExactlyOneRule() throws IOException {
        List<String> ids = files().stream().map(p -> p.getFileName().toString().replace(".yaml", "")).toList();
        assertThat(ids).containsExactlyInAnyOrderElementsOf(FindingIds.all());
        assertThat(RuleSet.shipped(FindingIds.all()).rules().keySet()).containsExactlyInAnyOrderElementsOf(FindingIds.all());
    }

    @Test
    void theContractsCascadesAreEdges() {
        RuleSet rules = RuleSet.shipped(FindingIds.all());
        List<List<String>> paths = List.of(
                List.of("power-loss-dirty-journal", "fs-readonly", "containerd-down", "cri-socket-missing", "kubelet-crashloop",
                        "node-status-unknown"),
                List.of("fs-readonly", "containerd-down", "kubelet-crashloop"),
                List.of("cni-config-missing", "cni-not-initialized", "node-not-ready"),
                List.of("cni-bin-path-mismatch", "cni-not-initialized"),
                List.of("pleg-unhealthy", "node-not-ready"),
                List.of("swap-enabled", "kubelet-crashloop"),
                List.of("kubelet-stopped", "node-status-unknown"),
                List.of("disk-full", "disk-pressure"),
                List.of("clock-skew", "cert-expired"));
        for (List<String> path : paths) {
            for (int i = 0; i + 1 < path.size(); i++) {
                assertThat(rules.causes(path.get(i))).as(path.get(i) + " causes").contains(path.get(i + 1));
            }
        }
        for (String leaf : List.of("node-status-unknown", "node-not-ready", "node-cordoned")) {
            assertThat(rules.causes(leaf)).as(leaf + " is a symptom").isEmpty();
        }
    }

    @Test
    void everyLogConditionHasWordsAndNoPatternBacktracksWithoutBound() {
        RuleSet rules = RuleSet.shipped(FindingIds.all());
        List<Pattern> patterns = new ArrayList<>();
        for (Map.Entry<String, Rule> e : rules.rules().entrySet()) {
            for (Signal s : e.getValue().signals()) {
                for (Condition c : s.when()) {
                    if (c instanceof Condition.Lines l) {
                        assertThat(l.contains()).as(e.getKey()).isNotEmpty();
                        if (l.regex() != null) {
                            patterns.add(l.regex());
                        }
                    }
                }
            }
        }
        String hostile = "a/".repeat(700) + " \\\"" + "x ".repeat(700) + ": ".repeat(300) + "dial tcp " + "1".repeat(500);
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            for (Pattern p : patterns) {
                p.matcher(hostile).find();
            }
        });
    }
}
