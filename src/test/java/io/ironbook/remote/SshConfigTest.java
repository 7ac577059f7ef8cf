package io.ironbook.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SshConfigTest {

    @Test
    void firstValueWinsAcrossIncludesPatternsAndNegations() {
        SshConfig config = SshConfig.parse(Fixtures.path("ssh/config"));
        Map<String, SshConfig.Setting> w1 = config.lookup("k8s-worker-01");
        assertThat(w1.get("hostname").value()).isEqualTo("10.0.0.11");
        assertThat(w1.get("hostname").file().getFileName().toString()).isEqualTo("10-lab.conf");
        assertThat(w1.get("hostname").line()).isEqualTo(2);
        assertThat(w1.get("port").value()).isEqualTo("2222");
        assertThat(w1.get("user").value()).isEqualTo("ops");
        assertThat(w1.get("proxyjump").value()).isEqualTo("bastion");

        Map<String, SshConfig.Setting> w99 = config.lookup("k8s-worker-99");
        assertThat(w99.get("user").value()).isEqualTo("fallback");
        assertThat(w99).doesNotContainKey("proxyjump");
        assertThat(config.names("k8s-worker-07")).isTrue();
        assertThat(config.names("db-1")).isFalse();
        assertThat(config.hostNames()).contains("bastion", "inner", "k8s-worker-01");
    }

    @Test
    void badLinesNameFileAndLine() {
        assertThatThrownBy(() -> SshConfig.parse(Fixtures.path("ssh/bad-port")))
                .isInstanceOf(InvalidConfigException.class)
                .hasMessageEndingWith("bad-port:3: 'Port' must be a number, not 'twenty'");
        assertThatThrownBy(() -> SshConfig.parse(Fixtures.path("ssh/bad-empty")))
                .hasMessageEndingWith("bad-empty:2: 'HostName' needs a value");
        assertThatThrownBy(() -> SshConfig.parse(Fixtures.path("ssh/bad-quote")))
                .hasMessageEndingWith("bad-quote:2: unterminated quote");
    }
}
