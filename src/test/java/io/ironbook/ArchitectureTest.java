package io.ironbook;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Keeps the house rules of docs/architecture.md: arrows point down only, and each outside library
 * is used by its one package.
 */
class ArchitectureTest {

    private static final List<String> PACKAGES = List.of(
            "app", "cli", "tui", "engine", "collect", "lab", "runbook", "diagnose", "cluster", "remote", "config", "yaml");

    /** What each package may import besides itself. */
    private static final Map<String, Set<String>> ALLOWED = new LinkedHashMap<>();

    static {
        ALLOWED.put("app", Set.copyOf(PACKAGES));
        ALLOWED.put("cli", Set.of("tui", "engine", "collect", "lab", "runbook", "diagnose", "cluster", "remote", "config"));
        ALLOWED.put("tui", Set.of("engine", "collect", "runbook", "diagnose", "cluster", "remote", "config"));
        ALLOWED.put("engine", Set.of("runbook", "diagnose", "cluster", "remote", "collect", "config"));
        ALLOWED.put("collect", Set.of("cluster", "remote", "diagnose", "config"));
        ALLOWED.put("lab", Set.of("config"));
        ALLOWED.put("runbook", Set.of("yaml"));
        ALLOWED.put("diagnose", Set.of("yaml"));
        ALLOWED.put("cluster", Set.of());
        ALLOWED.put("remote", Set.of());
        ALLOWED.put("config", Set.of());
        ALLOWED.put("yaml", Set.of());
    }

    /** Outside libraries and the only packages allowed to use them. */
    private static final Map<String, Set<String>> LIBRARIES = new LinkedHashMap<>();

    static {
        LIBRARIES.put("picocli..", Set.of("cli"));
        LIBRARIES.put("com.googlecode.lanterna..", Set.of("tui"));
        LIBRARIES.put("io.fabric8.kubernetes.client.server.mock..", Set.of("lab"));
        LIBRARIES.put("io.fabric8.mockwebserver..", Set.of("lab"));
        LIBRARIES.put("io.fabric8..", Set.of("cluster", "lab"));
        LIBRARIES.put("net.schmizz..", Set.of("remote"));
        LIBRARIES.put("com.hierynomus..", Set.of("remote"));
        LIBRARIES.put("org.bouncycastle..", Set.of("remote"));
        LIBRARIES.put("org.apache.sshd..", Set.of("lab"));
        LIBRARIES.put("org.yaml.snakeyaml..", Set.of("yaml"));
        LIBRARIES.put("tools.jackson..", Set.of("cluster", "lab"));
        LIBRARIES.put("ch.qos.logback..", Set.of("app"));
        LIBRARIES.put("io.vertx..", Set.of("lab"));
        LIBRARIES.put("io.netty..", Set.of("lab"));
    }

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.ironbook");
    }

    @TestFactory
    Stream<DynamicTest> arrowsPointDownOnly() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String pkg : PACKAGES) {
            String[] forbidden = PACKAGES.stream()
                    .filter(other -> !other.equals(pkg) && !ALLOWED.get(pkg).contains(other))
                    .map(other -> "io.ironbook." + other + "..")
                    .toArray(String[]::new);
            ArchRule rule = noClasses().that().resideInAPackage("io.ironbook." + pkg + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(forbidden)
                    .allowEmptyShould(true)
                    .because(pkg + " may import only " + ALLOWED.get(pkg));
            tests.add(DynamicTest.dynamicTest(pkg, () -> rule.check(classes)));
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> librariesStayInTheirPackage() {
        List<DynamicTest> tests = new ArrayList<>();
        LIBRARIES.forEach((library, owners) -> {
            String[] others = PACKAGES.stream()
                    .filter(pkg -> !owners.contains(pkg))
                    .map(pkg -> "io.ironbook." + pkg + "..")
                    .toArray(String[]::new);
            ArchRule rule = noClasses().that().resideInAnyPackage(others)
                    .should().dependOnClassesThat().resideInAPackage(library)
                    .allowEmptyShould(true)
                    .because(library + " belongs to " + owners);
            tests.add(DynamicTest.dynamicTest(library, () -> rule.check(classes)));
        });
        return tests.stream();
    }

    @Test
    void everyClassLivesInAKnownPackage() {
        String[] known = PACKAGES.stream().map(pkg -> "io.ironbook." + pkg + "..").toArray(String[]::new);
        noClasses().should().resideOutsideOfPackages(known).check(classes);
    }

    @Test
    void noPackageCycles() {
        slices().matching("io.ironbook.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void onlyTheCommandLinePrints() {
        ArchRule rule = noClasses().that().resideOutsideOfPackages("io.ironbook.cli..", "io.ironbook.app..")
                .should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .orShould().callMethod(Throwable.class, "printStackTrace")
                .because("the engine and the adapters report through listeners and the log");
        rule.check(classes);
    }
}
