package io.ironbook.diagnose.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ByteLinesTest {

    private static List<String> lines(byte[] bytes) throws IOException {
        List<String> out = new ArrayList<>();
        ByteLines.forEach(new ByteArrayInputStream(bytes), (line, hash) -> out.add(line));
        return out;
    }

    @Test
    void splitsOnEveryLineEndLikeReadLine() throws IOException {
        assertThat(lines("a\nb\r\nc\rd".getBytes(StandardCharsets.UTF_8))).containsExactly("a", "b", "c", "d");
        assertThat(lines("a\n\nb\n".getBytes(StandardCharsets.UTF_8))).containsExactly("a", "", "b");
    }

    @Test
    void decodesUtf8AndReplacesMalformedBytes() throws IOException {
        byte[] bytes = {'M', (byte) 0xC3, (byte) 0xA4, 'r', '\n', 'x', (byte) 0xFF, 'y', '\n'};
        assertThat(lines(bytes)).containsExactly("Mär", "x\uFFFDy");
    }

    @Test
    void linesLongerThanTheBufferAndSplitCrLfSurviveChunkedReads() throws IOException {
        String longLine = "z".repeat(200_000);
        byte[] bytes = ("one\r\n" + longLine + "\r\nthree").getBytes(StandardCharsets.UTF_8);
        InputStream trickle = new ByteArrayInputStream(bytes) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, 7));
            }
        };
        List<String> out = new ArrayList<>();
        ByteLines.forEach(trickle, (line, hash) -> out.add(line));
        assertThat(out).containsExactly("one", longLine, "three");
    }

    @Test
    void saysWhichLinesHoldAHash() throws IOException {
        List<Boolean> hashes = new ArrayList<>();
        ByteLines.forEach(new ByteArrayInputStream("a#011b\nplain\n#".getBytes(StandardCharsets.UTF_8)),
                (line, hash) -> hashes.add(hash));
        assertThat(hashes).containsExactly(true, false, true);
    }
}
