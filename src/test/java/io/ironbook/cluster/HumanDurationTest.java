package io.ironbook.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HumanDurationTest {

    @ParameterizedTest
    @CsvSource({"0,0s", "45,45s", "119,119s", "120,2m", "312,5m12s", "900,15m", "10800,3h", "11100,3h5m",
        "36000,10h", "172800,2d", "183600,2d3h", "864000,10d", "63072000,2y", "63158400,2y1d", "315360000,10y"})
    void printsLikeKubectl(long seconds, String expected) {
        assertThat(HumanDuration.format(Duration.ofSeconds(seconds))).isEqualTo(expected);
    }
}
