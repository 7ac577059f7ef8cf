package io.ironbook.runbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValuesTest {

    @Test
    void goDurationsParseLikeGo() {
        assertThat(GoDuration.parse("90s")).contains(Duration.ofSeconds(90));
        assertThat(GoDuration.parse("5m")).contains(Duration.ofMinutes(5));
        assertThat(GoDuration.parse("1h30m")).contains(Duration.ofMinutes(90));
        assertThat(GoDuration.parse("1.5h")).contains(Duration.ofMinutes(90));
        assertThat(GoDuration.parse("250ms")).contains(Duration.ofMillis(250));
        assertThat(GoDuration.parse("0")).contains(Duration.ZERO);
        assertThat(GoDuration.parse("soon")).isEmpty();
        assertThat(GoDuration.parse("5")).isEmpty();
        assertThat(GoDuration.parse("-5m")).isEmpty();
        assertThat(GoDuration.parse("5 m")).isEmpty();
        assertThat(GoDuration.parse("1d")).isEmpty();
        assertThat(GoDuration.parse("")).isEmpty();
    }

    @Test
    void goDurationsFormatLikeGo() {
        assertThat(GoDuration.format(Duration.ofSeconds(90))).isEqualTo("1m30s");
        assertThat(GoDuration.format(Duration.ofMinutes(90))).isEqualTo("1h30m");
        assertThat(GoDuration.format(Duration.ofMillis(250))).isEqualTo("250ms");
        assertThat(GoDuration.format(Duration.ofMillis(1500))).isEqualTo("1.5s");
        assertThat(GoDuration.format(Duration.ZERO)).isEqualTo("0s");
    }

    @Test
    void semanticVersionsOrderByPrecedence() {
        SemVer a = SemVer.parse("1.0.0-alpha").orElseThrow();
        SemVer b = SemVer.parse("1.0.0-alpha.1").orElseThrow();
        SemVer c = SemVer.parse("1.0.0-beta.11").orElseThrow();
        SemVer d = SemVer.parse("1.0.0-beta.2").orElseThrow();
        SemVer e = SemVer.parse("1.0.0").orElseThrow();
        SemVer f = SemVer.parse("2.1.0+build.5").orElseThrow();
        assertThat(List.of(f, e, c, d, b, a).stream().sorted().toList()).containsExactly(a, b, d, c, e, f);
        assertThat(SemVer.parse("1.2")).isEmpty();
        assertThat(SemVer.parse("01.2.3")).isEmpty();
        assertThat(SemVer.parse("v1.2.3")).isEmpty();
        assertThat(f.toString()).isEqualTo("2.1.0+build.5");
    }

    @Test
    void renderingPassesEveryValueThroughTheEscaper() {
        String command = Template.render("systemctl stop kubelet && echo {{node}}", name -> "x; rm -rf /",
                value -> "<" + value + ">");
        assertThat(command).isEqualTo("systemctl stop kubelet && echo <x; rm -rf />");
    }

    @Test
    void templatesFindTheirReferences() {
        assertThat(Template.refs("a {{node}} b {{ drainTimeout }}")).extracting(Template.Ref::name)
                .containsExactly("node", "drainTimeout");
        assertThat(Template.singleRef(" {{node}} ")).contains("node");
        assertThat(Template.singleRef("{{node}}-x")).isEmpty();
        assertThat(Template.firstQuotedRef("echo {{a}} '{{b}}'")).isEqualTo(12);
        assertThat(Template.firstQuotedRef("echo \"x\" {{a}} 'it'\\''s' {{b}}")).isEqualTo(-1);
        assertThat(Template.firstQuotedRef("echo \"say {{a}}\"")).isEqualTo(10);
    }

    @Test
    void parameterValuesAreCheckedByType() {
        assertThat(ParamValues.check(ParamType.NODE, "worker-1", List.of())).isEmpty();
        assertThat(ParamValues.check(ParamType.NODE, "x; rm -rf /", List.of())).isPresent();
        assertThat(ParamValues.check(ParamType.NODE, "Worker-1", List.of())).isPresent();
        assertThat(ParamValues.check(ParamType.NODES, "a,b.c", List.of())).isEmpty();
        assertThat(ParamValues.check(ParamType.NODES, "a,,b", List.of())).isPresent();
        assertThat(ParamValues.check(ParamType.INT, "12", List.of())).isEmpty();
        assertThat(ParamValues.check(ParamType.INT, "2.5", List.of())).isPresent();
        assertThat(ParamValues.check(ParamType.BOOL, "yes", List.of())).isPresent();
        assertThat(ParamValues.check(ParamType.DURATION, "soon", List.of())).isPresent();
        assertThat(ParamValues.check(ParamType.ENUM, "calico", List.of("flannel", "calico"))).isEmpty();
        assertThat(ParamValues.check(ParamType.ENUM, "weave", List.of("flannel", "calico"))).contains("must be one of flannel, calico");
    }
}
