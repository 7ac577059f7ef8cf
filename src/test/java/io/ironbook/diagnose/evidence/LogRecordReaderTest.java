package io.ironbook.diagnose.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LogRecordReaderTest {

    private static List<LogRecord> read(String file, String text) throws IOException {
        List<LogRecord> out = new ArrayList<>();
        new LogRecordReader(file, BundleFiles.defaultComponent(file)).read(new BufferedReader(new StringReader(text)), out::add);
        return out;
    }

    @Test
    void syslogTabEscapesAreDecoded() throws IOException {
        List<LogRecord> r = read("journal-kubelet.log",
                "Feb 12 18:20:35 node9 kubelet[13941]: F0212 18:20:35.565065   13941 server.go:261] x [Filename#011#011Type#011Size]\n");
        assertThat(r).hasSize(1);
        assertThat(r.get(0).text()).contains("[Filename\t\tType\tSize]").doesNotContain("#011");
        assertThat(r.get(0).level()).isEqualTo(Level.FATAL);
        assertThat(r.get(0).component()).isEqualTo("kubelet");
        assertThat(r.get(0).host()).isEqualTo("node9");
    }

    @Test
    void aRecordSplitOverTwoLinesIsJoinedAndKeepsItsFirstLineNumber() throws IOException {
        List<LogRecord> r = read("journal-containerd.log",
                "Aug 28 08:25:13 node01 containerd[1324]: time=\"2024\" level=error \n"
                        + "msg=\"failed to reload cni configuration\" error=\"no network config found in /etc/cni/net.d\"\n"
                        + "Aug 28 08:26:46 node01 containerd[1324]: time=\"2024\" level=info msg=\"ok\"\n");
        assertThat(r).hasSize(2);
        assertThat(r.get(0).line()).isEqualTo(1);
        assertThat(r.get(0).text()).contains("level=error msg=\"failed to reload cni configuration\"");
        assertThat(r.get(0).level()).isEqualTo(Level.ERROR);
        assertThat(r.get(1).line()).isEqualTo(3);
        assertThat(r.get(1).level()).isEqualTo(Level.INFO);
    }

    @Test
    void dmesgLinesWrappedByAMailClientAreJoined() throws IOException {
        List<LogRecord> r = read("kernel.log", "[7438185.621792] EXT4-fs error (device dm-4) in ext4_setattr:4562: Journal\n"
                + "has aborted\n[7438185.635874] EXT4-fs (dm-4): Remounting filesystem read-only\n");
        assertThat(r).extracting(LogRecord::text).containsExactly(
                "[7438185.621792] EXT4-fs error (device dm-4) in ext4_setattr:4562: Journal has aborted",
                "[7438185.635874] EXT4-fs (dm-4): Remounting filesystem read-only");
        assertThat(r.get(0).component()).isEqualTo("kernel");
    }

    @Test
    void localizedMonthNamesAreHeaders() throws IOException {
        List<LogRecord> r = read("notes.txt", "Mär 03 10:12:01 worker-7 kubelet[923]: E0303 10:12:01.2 923 x.go:1] a\n"
                + "févr. 03 10:12:01 worker-7 kubelet[923]: W0303 10:12:01.2 923 x.go:1] b\n"
                + "12月 03 10:12:01 worker-7 containerd[9]: time=\"x\" level=warning msg=c\n");
        assertThat(r).hasSize(3);
        assertThat(r).extracting(LogRecord::level).containsExactly(Level.ERROR, Level.WARNING, Level.WARNING);
        assertThat(r).extracting(LogRecord::component).containsExactly("kubelet", "kubelet", "containerd");
    }

    @Test
    void kubeletUnderAnotherProcessNameIsKubelet() throws IOException {
        for (String process : List.of("hyperkube", "k3s", "kubelite", "k3s-agent")) {
            List<LogRecord> r = read("x.log", "Jan 05 03:11:40 n " + process + "[2211]: I0105 03:11:40.1 2211 server.go:417] v\n");
            assertThat(r.get(0).component()).as(process).isEqualTo("kubelet");
        }
    }

    @Test
    void markdownFencesAndQuotesAreNotEvidenceAndBreakRecords() throws IOException {
        List<LogRecord> r = read("ticket.txt", "Here is the log:\n```\n> Mar 03 10:12:01 w kubelet[1]: E0303 10:12:01.1 1 a.go:1] boom\n"
                + "```\nthanks\n");
        assertThat(r).extracting(LogRecord::text).containsExactly("Here is the log:",
                "Mar 03 10:12:01 w kubelet[1]: E0303 10:12:01.1 1 a.go:1] boom", "thanks");
        assertThat(r.get(1).line()).isEqualTo(3);
    }

    @Test
    void aPagerCutLineIsKeptAsItIs() throws IOException {
        List<LogRecord> r = read("journal-kubelet.log", "Mar 03 10:12:01 w kubelet[1]: E0303 10:12:01.1 1 run.go:74] \"command failed\" err=\"failed to run Kubelet: unable to load bootstrap kubeconfig: stat /etc/kubernetes/bootstrap-kubelet.conf: no such file or d>\n"
                + "Mar 03 10:12:02 w systemd[1]: kubelet.service: Main process exited, code=exited, status=1/FAILURE\n");
        assertThat(r).hasSize(2);
        assertThat(r.get(0).text()).endsWith("no such file or d>");
        assertThat(r.get(1).component()).isEqualTo("systemd");
    }

    @Test
    void kubeadmAndJsonLevelsAreRead() throws IOException {
        List<LogRecord> r = read("kubeadm-preflight.txt", "[ERROR Swap]: running with swap on is not supported\n"
                + "[WARNING SystemVerification]: x\n{\"level\":\"info\",\"msg\":\"y\"}\n");
        assertThat(r).extracting(LogRecord::level).containsExactly(Level.ERROR, Level.WARNING, Level.INFO);
    }

    @Test
    void aHugeLineIsCapped() throws IOException {
        List<LogRecord> r = read("x.log", "a".repeat(100_000) + "\n");
        assertThat(r.get(0).text()).hasSize(LogRecordReader.MAX_RECORD);
    }
}
