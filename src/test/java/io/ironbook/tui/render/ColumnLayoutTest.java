package io.ironbook.tui.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ColumnLayoutTest {

    @Test
    void at80ColumnsTheLessUrgentColumnsGoAndReasonKeepsItsRoom() {
        ColumnLayout layout = ColumnLayout.fit(80, 20);
        assertThat(layout.shows(NodeColumn.VERSION)).isFalse();
        assertThat(layout.shows(NodeColumn.ROLES)).isFalse();
        assertThat(layout.shows(NodeColumn.STATUS)).isTrue();
        assertThat(layout.shows(NodeColumn.HEARTBEAT)).isTrue();
        ColumnLayout.Placed reason = layout.columns().get(layout.columns().size() - 1);
        assertThat(reason.column()).isEqualTo(NodeColumn.REASON);
        assertThat(reason.width()).isGreaterThanOrEqualTo(ColumnLayout.REASON_MIN);
        assertThat(reason.x() + reason.width()).isEqualTo(80);
    }

    @Test
    void aWideTerminalShowsEveryColumn() {
        ColumnLayout layout = ColumnLayout.fit(160, 20);
        for (NodeColumn column : NodeColumn.values()) {
            assertThat(layout.shows(column)).as(column.title()).isTrue();
        }
    }

    @Test
    void agesReadLikeKubectls() {
        assertThat(Ages.compact(Duration.ofSeconds(45))).isEqualTo("45s");
        assertThat(Ages.compact(Duration.ofMinutes(12))).isEqualTo("12m");
        assertThat(Ages.compact(Duration.ofHours(5))).isEqualTo("5h");
        assertThat(Ages.compact(Duration.ofDays(40))).isEqualTo("40d");
        assertThat(Ages.compact(Duration.ofDays(800))).isEqualTo("2y");
    }

    @Test
    void glyphsFallBackToAsciiOffUtf8() {
        assertThat(Glyphs.forCharset(java.nio.charset.StandardCharsets.UTF_8).ready()).isEqualTo("●");
        assertThat(Glyphs.forCharset(java.nio.charset.StandardCharsets.US_ASCII).ready()).isEqualTo("+");
        assertThat(Glyphs.asciiSet().fit("NodeStatusUnknown", 8)).isEqualTo("NodeSta~");
    }
}
