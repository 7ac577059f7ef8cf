package io.ironbook.diagnose.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class KeywordMatcherTest {

    @Test
    void findsEveryWordIgnoringAsciiCaseIncludingOverlapsAndSuffixes() {
        KeywordMatcher m = KeywordMatcher.of(List.of("read-only file system", "only", "pleg is not healthy", "he", "she", "hers"));
        long[] found = m.newMask();
        m.scan("x: Read-Only File System; PLEG is NOT healthy; ushers", 0, found);
        for (String w : List.of("read-only file system", "only", "pleg is not healthy", "he", "she", "hers")) {
            assertThat(KeywordMatcher.any(found, m.mask(List.of(w)))).as(w).isTrue();
        }
    }

    @Test
    void absentWordsAndTextBeforeTheStartAreNotFound() {
        KeywordMatcher m = KeywordMatcher.of(List.of("dial unix", "swap"));
        long[] found = m.newMask();
        assertThat(m.scan("swap: dial  unix — ünïcode", 5, found)).isFalse();
        assertThat(KeywordMatcher.any(found, m.mask(List.of("dial unix")))).isFalse();
        assertThat(KeywordMatcher.any(found, m.mask(List.of("swap")))).isFalse();
    }

    @Test
    void manyWordsSpanSeveralMaskWords() {
        List<String> words = new java.util.ArrayList<>();
        for (int i = 0; i < 150; i++) {
            words.add("w" + i + "x");
        }
        KeywordMatcher m = KeywordMatcher.of(words);
        long[] found = m.newMask();
        m.scan("... w149x ... w3x", 0, found);
        assertThat(KeywordMatcher.any(found, m.mask(List.of("w149x")))).isTrue();
        assertThat(KeywordMatcher.any(found, m.mask(List.of("w3x")))).isTrue();
        assertThat(KeywordMatcher.any(found, m.mask(List.of("w14x", "w100x")))).isFalse();
    }
}
