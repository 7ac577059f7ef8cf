package io.ironbook.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class YamlFieldsTest {

    private static YamlFields fields(String text) {
        return YamlFields.of(YamlReader.read("f.yaml", text.getBytes(StandardCharsets.UTF_8)), "step 'x'");
    }

    @Test
    void anUnknownFieldIsReportedAtItsKeyWithASuggestion() {
        assertThatThrownBy(() -> fields("id: x\ntimout: 5m\n").allowOnly(List.of("id", "timeout")))
                .hasMessage("f.yaml:2:1: unknown field 'timout' in step 'x' (did you mean 'timeout'?)");
        assertThatThrownBy(() -> fields("id: x\nzzz: 1\n").allowOnly(List.of("id", "timeout")))
                .hasMessage("f.yaml:2:1: unknown field 'zzz' in step 'x' (known: id, timeout)");
    }

    @Test
    void aMissingRequiredFieldNamesTheMapping() {
        assertThatThrownBy(() -> fields("id: x\n").requiredText("run"))
                .hasMessage("f.yaml:1:1: missing required field 'run' in step 'x'");
        assertThatThrownBy(() -> fields("id: x\nrun:\n").requiredText("run"))
                .hasMessage("f.yaml:2:5: field 'run' in step 'x' is empty");
    }

    @Test
    void nothingIsCoerced() {
        assertThatThrownBy(() -> fields("sudo: yes\n").optionalBool("sudo"))
                .hasMessage("f.yaml:1:7: field 'sudo' must be true or false, found the boolean yes");
        assertThatThrownBy(() -> fields("sudo: \"true\"\n").optionalBool("sudo"))
                .hasMessageContaining("must be true or false");
        assertThatThrownBy(() -> fields("retries: 2.5\n").optionalInt("retries"))
                .hasMessage("f.yaml:1:10: field 'retries' must be a whole number, found the number 2.5");
        assertThatThrownBy(() -> fields("retries: '2'\n").optionalInt("retries"))
                .hasMessageContaining("must be a whole number, found '2'");
        assertThatThrownBy(() -> fields("run: [a, b]\n").optionalText("run"))
                .hasMessage("f.yaml:1:6: field 'run' must be a single value, found a list");
        assertThat(fields("retries: 3\nsudo: true\n").optionalInt("retries")).contains(3);
        assertThat(fields("sudo: false\n").optionalBool("sudo")).contains(false);
    }

    @Test
    void aListWhereAMappingBelongsIsNamed() {
        YamlNode list = YamlReader.read("f.yaml", "- a\n- b\n".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> YamlFields.of(list, "the runbook"))
                .hasMessage("f.yaml:1:1: the runbook must be a mapping of fields, found a list");
    }

    @Test
    void spellingPrefersTheNameThatStartsAlike() {
        assertThat(Spelling.closest("rn", List.of("on", "run"))).isEqualTo("run");
        assertThat(Spelling.closest("timout", List.of("timeout", "title"))).isEqualTo("timeout");
        assertThat(Spelling.closest("zzzzzz", List.of("timeout"))).isNull();
        assertThat(Spelling.closest("Kind", List.of("kind"))).isEqualTo("kind");
    }
}
