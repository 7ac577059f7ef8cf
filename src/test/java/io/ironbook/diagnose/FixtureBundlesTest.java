package io.ironbook.diagnose;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.ironbook.diagnose.evidence.EvidenceBundle;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every bundle under src/test/resources/diagnose/bundles (real evidence from public bug reports, and
 * this project's own) gives the root cause and chain its expected.yaml names; "none" means healthy.
 */
class FixtureBundlesTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Diagnoser DIAGNOSER = Diagnoser.withShippedRules(RemediationIndex.empty());

    static Path bundlesDir() throws URISyntaxException {
        return Path.of(FixtureBundlesTest.class.getResource("/diagnose/bundles").toURI());
    }

    @TestFactory
    Stream<DynamicTest> everyBundleGivesItsExpectedCascade() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(bundlesDir())) {
            for (Path dir : dirs.sorted().toList()) {
                tests.add(DynamicTest.dynamicTest(dir.getFileName().toString(), () -> check(dir)));
            }
        }
        assertThat(tests).hasSizeGreaterThanOrEqualTo(7);
        return tests.stream();
    }

    private static void check(Path dir) throws IOException {
        JsonNode expected = YAML.readTree(dir.resolve("expected.yaml").toFile());
        List<String> chain = new ArrayList<>();
        expected.path("chain").forEach(n -> chain.add(n.asText()));
        String root = expected.path("rootCause").asText();
        List<String> roots = new ArrayList<>();
        expected.path("rootCauses").forEach(n -> roots.add(n.asText()));
        if (roots.isEmpty()) {
            roots.add(root);
        }
        DiagnosisReport report = DIAGNOSER.diagnose(EvidenceBundle.read(dir));
        String shown = ReportText.write(report);
        if ("none".equals(root)) {
            assertThat(report.findings()).as(shown).isEmpty();
            assertThat(report.exitCode()).isZero();
            return;
        }
        assertThat(report.cascade().rootCauses()).as(shown).containsExactlyElementsOf(roots);
        assertThat(report.cascade().chain()).as(shown).containsExactlyElementsOf(chain);
        List<String> all = new ArrayList<>(chain);
        roots.stream().filter(r -> !all.contains(r)).forEach(all::add);
        expected.path("alsoFinds").forEach(n -> all.add(n.asText()));
        assertThat(report.findingIds()).as(shown).containsExactlyInAnyOrderElementsOf(all);
        assertThat(report.exitCode()).isEqualTo(1);
        for (JsonNode absent : expected.path("mustNotFind")) {
            assertThat(report.findingIds()).as(shown).doesNotContain(absent.asText());
        }
    }
}
