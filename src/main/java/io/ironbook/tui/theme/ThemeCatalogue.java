package io.ironbook.tui.theme;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Every theme the console can show: the shipped ones (from the jar's {@code themes/} folder) and the
 * operator's own {@code *.properties} files, which override a shipped theme of the same name. A broken user
 * file is left out and reported in {@link #problems()}; choosing it by name reports its error.
 */
public final class ThemeCatalogue {
    /** The theme used when none is chosen. */
    public static final String DEFAULT = "dark";
    /** The themes in the jar, in the order {@code t} cycles through them. */
    public static final List<String> SHIPPED = List.of("dark", "light", "high-contrast", "colour-blind");
    private static final String SUFFIX = ".properties";

    private final Map<String, ConsoleTheme> themes;
    private final Map<String, String> problems;

    private ThemeCatalogue(Map<String, ConsoleTheme> themes, Map<String, String> problems) {
        this.themes = themes;
        this.problems = problems;
    }

    /**
     * Loads the shipped themes and the files of {@code userDir} (a missing folder is fine).
     *
     * @param ascii replace line-drawing characters, for terminals that are not UTF-8
     * @throws ThemeException when a shipped theme is broken (a build defect)
     */
    public static ThemeCatalogue load(Optional<Path> userDir, boolean ascii) {
        Map<String, ConsoleTheme> themes = new LinkedHashMap<>();
        ConsoleTheme base = null;
        for (String name : SHIPPED) {
            String resource = "themes/" + name + SUFFIX;
            ConsoleTheme theme = ThemeLoader.parse(name, resource, shippedText(resource), Optional.empty(), ascii);
            themes.put(name, theme);
            if (base == null) {
                base = theme;
            }
        }
        Map<String, String> problems = new TreeMap<>();
        if (userDir.isPresent() && Files.isDirectory(userDir.get())) {
            Map<String, Path> files = new TreeMap<>();
            try (DirectoryStream<Path> dir = Files.newDirectoryStream(userDir.get(), "*" + SUFFIX)) {
                dir.forEach(file -> files.put(nameOf(file), file));
            } catch (IOException e) {
                problems.put("", userDir.get() + ": cannot list themes: " + e.getMessage());
            }
            for (Map.Entry<String, Path> entry : files.entrySet()) {
                try {
                    String text = Files.readString(entry.getValue(), StandardCharsets.UTF_8);
                    themes.put(entry.getKey(), ThemeLoader.parse(entry.getKey(), entry.getValue().toString(), text,
                            Optional.of(base), ascii));
                } catch (IOException e) {
                    problems.put(entry.getKey(), entry.getValue() + ": cannot read: " + e.getMessage());
                } catch (ThemeException e) {
                    problems.put(entry.getKey(), e.getMessage());
                }
            }
        }
        return new ThemeCatalogue(themes, problems);
    }

    private static String shippedText(String resource) {
        try (InputStream in = ThemeCatalogue.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new ThemeException(resource + ": missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ThemeException(resource + ": cannot read: " + e.getMessage(), e);
        }
    }

    private static String nameOf(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - SUFFIX.length());
    }

    /** The names, shipped first, in cycling order. */
    public List<String> names() {
        return new ArrayList<>(themes.keySet());
    }

    /** The theme of that name, if it loaded. */
    public Optional<ConsoleTheme> find(String name) {
        return Optional.ofNullable(themes.get(name));
    }

    /** The theme of that name; a ThemeException names the file's error or the known names. */
    public ConsoleTheme get(String name) {
        ConsoleTheme theme = themes.get(name);
        if (theme != null) {
            return theme;
        }
        if (problems.containsKey(name)) {
            throw new ThemeException(problems.get(name));
        }
        throw new ThemeException("unknown theme '" + name + "' (known: " + String.join(", ", themes.keySet()) + ")");
    }

    /** The theme after {@code current} in cycling order, wrapping around. */
    public ConsoleTheme next(String current) {
        List<String> names = names();
        int index = names.indexOf(current);
        return themes.get(names.get((index + 1) % names.size()));
    }

    /** One line per user theme file that could not be used. */
    public List<String> problems() {
        return new ArrayList<>(problems.values());
    }
}
