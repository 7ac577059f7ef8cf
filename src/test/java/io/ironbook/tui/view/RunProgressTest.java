package io.ironbook.tui.view;

import static org.assertj.core.api.Assertions.assertThat;

import io.ironbook.engine.RunEvent;
import io.ironbook.tui.render.Glyphs;
import io.ironbook.tui.render.StyledLine;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The run screen keeps a bounded tail of the output and says how much went to the journal's side file only. */
class RunProgressTest {
    private static final Instant T0 = Instant.parse("2026-11-26T03:00:00Z");

    @Test
    void theOutputIsBoundedAndTheScreenSaysWhereTheRestIs() {
        RunProgress progress = new RunProgress(List.of(), "demo", Map.of());
        int total = RunProgress.OUTPUT_LIMIT + 10;
        for (int i = 1; i <= total; i++) {
            progress.apply(new RunEvent.OutputLine(T0, "look", "worker-1", "stdout", "line " + i));
        }
        assertThat(progress.output()).hasSize(RunProgress.OUTPUT_LIMIT);
        assertThat(progress.dropped()).isEqualTo(10);
        assertThat(progress.output().get(0).display()).isEqualTo("[worker-1] line 11");

        List<StyledLine> shown = RunText.content(progress, T0, Glyphs.asciiSet(), "").output();
        assertThat(shown.get(0).text()).isEqualTo("~ 10 earlier lines are in the journal's side file");
        assertThat(shown.get(shown.size() - 1).text()).isEqualTo("[worker-1] line " + total);
        assertThat(RunText.content(progress, T0, Glyphs.asciiSet(), "line 5010").output()).extracting(StyledLine::text)
                .containsExactly("~ 10 earlier lines are in the journal's side file", "[worker-1] line 5010");
        assertThat(RunText.content(progress, T0, Glyphs.asciiSet(), "nomatch").output()).extracting(StyledLine::text)
                .containsExactly("~ 10 earlier lines are in the journal's side file", "no output line matches 'nomatch'");
    }
}
