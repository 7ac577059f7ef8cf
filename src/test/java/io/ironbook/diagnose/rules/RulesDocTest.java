package io.ironbook.diagnose.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.ironbook.diagnose.evidence.FactKinds;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Keeps docs/rules.md true: every fact kind with its attributes, and every test, is documented. */
class RulesDocTest {

    @Test
    void everyFactKindAttributeAndTestIsDocumented() throws Exception {
        String doc = Files.readString(Path.of("docs/rules.md"));
        for (Map.Entry<String, List<String>> kind : FactKinds.all().entrySet()) {
            String row = doc.lines().filter(l -> l.startsWith("| `" + kind.getKey() + "` |")).findFirst().orElse("");
            assertThat(row).as("row of " + kind.getKey()).isNotEmpty();
            for (String attribute : kind.getValue()) {
                assertThat(row).as(kind.getKey() + "." + attribute).contains("`" + attribute + "`");
            }
        }
        for (Constraint.Op op : Constraint.Op.values()) {
            assertThat(doc).as(op.key).contains("`" + op.key + ":");
        }
    }
}
