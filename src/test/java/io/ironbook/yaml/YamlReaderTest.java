package io.ironbook.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class YamlReaderTest {

    private static YamlNode read(String text) {
        return YamlReader.read("f.yaml", text.getBytes(StandardCharsets.UTF_8));
    }

    private static String error(String text) {
        try {
            read(text);
        } catch (YamlException e) {
            return e.getMessage();
        }
        throw new AssertionError("no error for: " + text);
    }

    @Test
    void keysAndValuesKnowWhereTheyStand() {
        YamlMap map = (YamlMap) read("a: 1\nsteps:\n  - id: x\n    run: \"echo\"\n");
        assertThat(map.entry("a").orElseThrow().key().location()).isEqualTo(new Location("f.yaml", 1, 1));
        YamlList steps = (YamlList) map.get("steps").orElseThrow();
        YamlMap step = (YamlMap) steps.items().get(0);
        YamlEntry run = step.entry("run").orElseThrow();
        assertThat(run.key().location()).hasToString("f.yaml:4:5");
        assertThat(run.value().location()).hasToString("f.yaml:4:10");
    }

    @Test
    void scalarsKeepHowTheyWereWritten() {
        YamlMap map = (YamlMap) read("a: true\nb: \"true\"\nc: yes\nd: 2.5\ne: '2'\nf:\ng: 7\n");
        assertThat(((YamlScalar) map.get("a").orElseThrow()).type()).isEqualTo(YamlScalar.Type.BOOL);
        assertThat(((YamlScalar) map.get("b").orElseThrow()).type()).isEqualTo(YamlScalar.Type.STRING);
        assertThat(((YamlScalar) map.get("d").orElseThrow()).type()).isEqualTo(YamlScalar.Type.FLOAT);
        assertThat(((YamlScalar) map.get("e").orElseThrow()).plain()).isFalse();
        assertThat(((YamlScalar) map.get("f").orElseThrow()).isNull()).isTrue();
        assertThat(((YamlScalar) map.get("g").orElseThrow()).type()).isEqualTo(YamlScalar.Type.INT);
    }

    @Test
    void emptyAndCommentOnlyFilesAreEmpty() {
        assertThat(error("")).isEqualTo("f.yaml:1:1: file is empty");
        assertThat(error("  \n\n")).isEqualTo("f.yaml:1:1: file is empty");
        assertThat(error("# nothing\n---\n")).isEqualTo("f.yaml:1:1: file is empty");
    }

    @Test
    void binaryContentIsRefused() {
        byte[] bytes = {'a', ':', ' ', 0, 1, 2};
        assertThatThrownBy(() -> YamlReader.read("f.yaml", bytes)).hasMessageStartingWith("f.yaml: binary content");
        byte[] latin1 = "a: caf\u00e9".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> YamlReader.read("f.yaml", latin1)).hasMessage("f.yaml: not UTF-8 text (binary or another encoding)");
    }

    @Test
    void tabsAreNamedAsTabs() {
        assertThat(error("a:\n\tb: 1\n")).isEqualTo("f.yaml:2:1: tab character: YAML indents with spaces, not tabs");
    }

    @Test
    void duplicateKeysPointAtTheSecondOne() {
        assertThat(error("a: 1\nb: 2\na: 3\n")).isEqualTo("f.yaml:3:1: duplicate key 'a' (first at line 1)");
        assertThat(error("s:\n  - x: 1\n    x: 2\n")).isEqualTo("f.yaml:3:5: duplicate key 'x' (first at line 2)");
    }

    @Test
    void twoDocumentsAreRefused() {
        assertThat(error("a: 1\n---\nb: 2\n")).startsWith("f.yaml:2:1: more than one YAML document");
    }

    @Test
    void syntaxErrorsAreOneLineWithAPlace() {
        String message = error("a: b: c\n");
        assertThat(message).startsWith("f.yaml:1:5: unexpected ':'");
        assertThat(message.lines()).hasSize(1);
        assertThat(error("a: [1, 2\nb: 3\n").lines()).hasSize(1);
    }

    @Test
    void mergeKeysAreRefused() {
        assertThat(error("base: &b {x: 1}\nc:\n  <<: *b\n")).startsWith("f.yaml:3:3: merge keys");
    }

    @Test
    void aByteOrderMarkIsIgnored() {
        YamlMap map = (YamlMap) read("\uFEFFa: 1\n");
        assertThat(map.get("a")).isPresent();
    }
}
