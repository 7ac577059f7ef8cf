package io.ironbook.runbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ironbook.diagnose.FindingIds;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunbookCatalogueTest {

    @TempDir
    Path tmp;

    private final RunbookLoader loader = new RunbookLoader(FindingIds.all());

    private Path write(String dir, String name, String text) throws IOException {
        Path folder = Files.createDirectories(tmp.resolve(dir));
        return Files.writeString(folder.resolve(name), text);
    }

    private static String runbook(String id, String version, String extraSteps) {
        return RunbookTexts.VALID.replace("id: demo", "id: " + id).replace("version: 1.2.3", "version: " + version)
                + extraSteps;
    }

    private RunbookCatalogue load() {
        return RunbookCatalogue.load(loader, List.of(
                new RunbookCatalogue.Place(RunbookSource.Origin.USER, tmp.resolve("user")),
                new RunbookCatalogue.Place(RunbookSource.Origin.DIRECTORY, tmp.resolve("dir"))));
    }

    @Test
    void theShippedRunbooksAreThere() {
        RunbookCatalogue catalogue = load();
        assertThat(catalogue.find("node-maintenance")).get()
                .satisfies(r -> assertThat(r.source().origin()).isEqualTo(RunbookSource.Origin.SHIPPED))
                .satisfies(r -> assertThat(r.source().path()).isEqualTo("runbooks/node-maintenance.yaml"));
        assertThat(catalogue.problems()).isEmpty();
    }

    @Test
    void laterPlacesOverrideEarlierOnesById() throws IOException {
        write("user", "nm.yaml", runbook("node-maintenance", "9.0.0", ""));
        write("dir", "nm.yaml", runbook("node-maintenance", "3.0.0", ""));
        RunbookCatalogue catalogue = load();
        Runbook winner = catalogue.find("node-maintenance").orElseThrow();
        assertThat(winner.version()).hasToString("3.0.0");
        assertThat(winner.source().origin()).isEqualTo(RunbookSource.Origin.DIRECTORY);
        assertThat(catalogue.overridden("node-maintenance")).get().extracting(r -> r.version().toString()).isEqualTo("9.0.0");
        assertThat(catalogue.resolve("node-maintenance@2.1.0").source().origin()).isEqualTo(RunbookSource.Origin.SHIPPED);
        assertThat(catalogue.resolve("node-maintenance@9.0.0").source().origin()).isEqualTo(RunbookSource.Origin.USER);
        assertThatThrownBy(() -> catalogue.resolve("node-maintenance@4.0.0"))
                .hasMessage("no runbook node-maintenance@4.0.0 (versions: 2.1.0, 9.0.0, 3.0.0)");
        assertThatThrownBy(() -> catalogue.resolve("node-maintenence")).hasMessage("no runbook 'node-maintenence' (did you mean 'node-maintenance'?)");
    }

    @Test
    void withinOnePlaceTheHighestVersionWins() throws IOException {
        write("user", "a.yaml", runbook("demo", "1.10.0", ""));
        write("user", "b.yaml", runbook("demo", "1.9.0", ""));
        assertThat(load().find("demo").orElseThrow().version()).hasToString("1.10.0");
    }

    @Test
    void oneBrokenFileNeverHidesTheOthers() throws IOException {
        write("user", "good.yaml", runbook("demo", "1.0.0", ""));
        write("user", "bad.yaml", "apiVersion: ironbook/v1\nkind: Runbook\nid: Bad Id\n");
        RunbookCatalogue catalogue = load();
        assertThat(catalogue.find("demo")).isPresent();
        assertThat(catalogue.problems()).singleElement()
                .satisfies(p -> assertThat(p.getMessage()).isEqualTo(tmp.resolve("user/bad.yaml")
                        + ":3:5: id 'Bad Id' must be kebab-case (lower-case words joined by '-')"));
    }

    @Test
    void aRunbookStepMustNameAnExistingRunbook() throws IOException {
        String nested = """
                  - id: nested
                    kind: runbook
                    runbook: no-such-runbook
                    params: {node: "{{node}}"}
                """;
        Path file = write("user", "n.yaml", runbook("outer", "1.0.0", nested));
        RunbookCatalogue catalogue = load();
        assertThat(catalogue.find("outer")).isEmpty();
        assertThat(catalogue.problems()).singleElement().satisfies(p -> assertThat(p.getMessage())
                .isEqualTo(file + ":51:14: runbook names no runbook 'no-such-runbook' in the catalogue"));
    }

    @Test
    void nestedRunbooksGetTheirRequiredParamsAndNoCycles() throws IOException {
        String callsReturn = """
                  - id: nested
                    kind: runbook
                    runbook: return-to-service
                    params: {node: "{{node}}"}
                """;
        Path file = write("user", "n.yaml", runbook("outer", "1.0.0", callsReturn));
        assertThat(load().problems()).singleElement().satisfies(p -> assertThat(p.getMessage())
                .isEqualTo(file + ":51:14: step 'nested' passes 'node', which is not a param of return-to-service@1.0.0"));

        String good = callsReturn.replace("{node: \"{{node}}\"}", "{nodes: \"{{node}}\"}");
        Files.writeString(file, runbook("outer", "1.0.0", good));
        assertThat(load().problems()).isEmpty();
        assertThat(load().find("outer")).isPresent();

        String self = callsReturn.replace("return-to-service", "outer@1.0.0").replace("{node: \"{{node}}\"}", "{node: \"{{node}}\"}");
        Files.writeString(file, runbook("outer", "1.0.0", self));
        assertThat(load().problems()).singleElement().satisfies(p -> assertThat(p.getMessage())
                .isEqualTo(file + ":51:14: runbook 'outer' ends up running itself (through outer)"));
    }

    @Test
    void runbooksAreFoundByTheFindingsTheyRemedy() {
        assertThat(load().remediating("fs-readonly")).extracting(Runbook::id).contains("recover-readonly-fs");
        assertThat(load().remediating("cni-bin-path-mismatch")).extracting(Runbook::id).containsExactly("fix-cni-bin-path");
    }
}
