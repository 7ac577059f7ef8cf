package io.ironbook.tui.theme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.googlecode.lanterna.TextColor;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every theme in the top-level themes/ folder loads, styles every element itself, and is listed. */
class ShippedThemesTest {

    static Stream<String> shipped() throws Exception {
        URL folder = ShippedThemesTest.class.getClassLoader().getResource("themes");
        assertThat(folder).as("themes/ on the classpath").isNotNull();
        try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".properties"))
                    .map(name -> name.substring(0, name.length() - ".properties".length()))
                    .sorted().toList().stream();
        }
    }

    @Test
    void everyFileIsListedAndEveryListedThemeIsShipped() throws Exception {
        assertThat(shipped().toList()).containsExactlyInAnyOrderElementsOf(ThemeCatalogue.SHIPPED);
        assertThat(ThemeCatalogue.SHIPPED).contains(ThemeCatalogue.DEFAULT, "light", "high-contrast", "colour-blind");
    }

    @ParameterizedTest
    @MethodSource("shipped")
    void loadsWithEveryElementStyledByItself(String name) throws Exception {
        String text = new String(ShippedThemesTest.class.getClassLoader()
                .getResourceAsStream("themes/" + name + ".properties").readAllBytes(), StandardCharsets.UTF_8);
        ConsoleTheme theme = ThemeLoader.parse(name, name, text, Optional.empty(), false);
        ConsoleTheme ascii = ThemeLoader.parse(name, name, text, Optional.empty(), true);
        assertThat(theme.lanterna()).isNotNull();
        assertThat(ascii.lanterna()).isNotNull();
        for (StyleKey key : StyleKey.values()) {
            assertThat(text).as(name + " styles " + key.property()).contains(key.property() + ".foreground",
                    key.property() + ".background");
        }
        assertThat(theme.style(StyleKey.STATUS_READY).foreground())
                .isNotEqualTo(theme.style(StyleKey.STATUS_NOT_READY).foreground())
                .isNotEqualTo(theme.style(StyleKey.STATUS_UNKNOWN).foreground());
        assertThat(theme.style(StyleKey.ROW_SELECTED).background()).isNotEqualTo(theme.style(StyleKey.ROW).background());
    }

    @Test
    void theColourBlindThemeNeverPutsRedAgainstGreen() {
        ConsoleTheme theme = ThemeCatalogue.load(Optional.empty(), false).get("colour-blind");
        for (StyleKey key : new StyleKey[] {StyleKey.STATUS_READY, StyleKey.STATUS_NOT_READY,
                StyleKey.STATUS_UNKNOWN}) {
            TextColor colour = theme.style(key).foreground();
            assertThat(greenish(colour) || reddish(colour)).as(key + " is " + colour).isFalse();
        }
    }

    private static boolean greenish(TextColor colour) {
        return colour.getGreen() > 1.5 * colour.getRed() && colour.getGreen() > 1.5 * colour.getBlue();
    }

    private static boolean reddish(TextColor colour) {
        return colour.getRed() > 2 * colour.getGreen() && colour.getRed() > 2 * colour.getBlue();
    }

    @Test
    void tCyclesInShippedOrderThenUserThemesAndWraps(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("night.properties"), "ironbook.row.foreground = #ffaa00\n");
        ThemeCatalogue catalogue = ThemeCatalogue.load(Optional.of(dir), false);
        assertThat(catalogue.names()).containsExactly("dark", "light", "high-contrast", "colour-blind", "night");
        assertThat(catalogue.next("colour-blind").name()).isEqualTo("night");
        assertThat(catalogue.next("night").name()).isEqualTo("dark");
        ConsoleTheme night = catalogue.get("night");
        assertThat(night.style(StyleKey.ROW).foreground()).isEqualTo(new TextColor.RGB(0xff, 0xaa, 0x00));
        assertThat(night.style(StyleKey.HEADER)).isEqualTo(catalogue.get("dark").style(StyleKey.HEADER));
    }

    @Test
    void aUserThemeOverridesAShippedOneOfTheSameName(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("dark.properties"), "ironbook.row.background = black\n");
        ThemeCatalogue catalogue = ThemeCatalogue.load(Optional.of(dir), false);
        assertThat(catalogue.get("dark").style(StyleKey.ROW).background()).isEqualTo(TextColor.ANSI.BLACK);
        assertThat(catalogue.names()).hasSize(4);
    }

    @Test
    void brokenUserThemesAreLeftOutAndNamedWithFileAndLine(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("typo.properties"), "# x\n\nironbook.staus.ready.foreground = green\n");
        Files.writeString(dir.resolve("bad-sgr.properties"), "ironbook.row.sgr = bold, sparkly\n");
        Files.writeString(dir.resolve("bad-lanterna.properties"), "foreground = mauve\n");
        ThemeCatalogue catalogue = ThemeCatalogue.load(Optional.of(dir), false);
        assertThat(catalogue.names()).containsExactlyElementsOf(ThemeCatalogue.SHIPPED);
        assertThat(catalogue.problems()).anySatisfy(problem -> assertThat(problem)
                .isEqualTo(dir.resolve("typo.properties") + ":3: unknown key 'ironbook.staus.ready.foreground'"
                        + " (ironbook keys are ironbook.<element>.foreground|background|sgr; see docs/themes.md)"));
        assertThat(catalogue.problems()).anySatisfy(problem -> assertThat(problem)
                .contains("bad-sgr.properties:1: 'sparkly' is not a modifier"));
        assertThat(catalogue.problems()).anySatisfy(problem -> assertThat(problem)
                .contains("bad-lanterna.properties:1:").contains("mauve"));
        assertThatThrownBy(() -> catalogue.get("typo")).isInstanceOf(ThemeException.class)
                .hasMessageContaining("typo.properties:3:");
    }
}
