package io.ironbook.remote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShellQuoteTest {

    @Test
    void quotesOnlyWhatAShellWouldInterpret() {
        assertThat(ShellQuote.quote("/var/lib/kubelet")).isEqualTo("/var/lib/kubelet");
        assertThat(ShellQuote.quote("a b")).isEqualTo("'a b'");
        assertThat(ShellQuote.quote("it's; rm -rf /")).isEqualTo("'it'\\''s; rm -rf /'");
        assertThat(ShellQuote.quote("")).isEqualTo("''");
        assertThat(ShellQuote.join(List.of("journalctl", "-u", "kubelet service"))).isEqualTo("journalctl -u 'kubelet service'");
    }

    @Test
    void splitUndoesQuoting() {
        String word = "it's \"odd\" $HOME `x` \\ end";
        assertThat(ShellQuote.split("echo " + ShellQuote.quote(word))).containsExactly("echo", word);
        assertThat(ShellQuote.split("-o ProxyCommand=\"ssh -W %h:%p -q bastion\" -o X=1"))
                .containsExactly("-o", "ProxyCommand=ssh -W %h:%p -q bastion", "-o", "X=1");
    }

    @Test
    void sudoWrapsTheWholeCommand() {
        assertThat(RemoteCommand.of("systemctl restart kubelet && echo ok").withSudo().commandLine())
                .isEqualTo("sudo -n -- sh -c 'systemctl restart kubelet && echo ok'");
    }
}
