package io.ironbook.tui.theme;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.graphics.PropertyTheme;
import java.io.IOException;
import java.io.StringReader;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one theme file: the {@code ironbook.*} keys become {@link Style}s, everything else goes to Lanterna's
 * {@link PropertyTheme}. Errors name {@code file:line}. With {@code ascii}, line-drawing characters of
 * borders and window frames are replaced by {@code + - |} for terminals that are not UTF-8.
 */
public final class ThemeLoader {
    private static final String PREFIX = "ironbook.";
    private static final Pattern OURS = Pattern.compile("(ironbook\\..+)\\.(foreground|background|sgr)");
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"|'([^']*)'");

    private ThemeLoader() {
    }

    /**
     * Parses a theme.
     *
     * @param name the theme's name
     * @param file how to name the file in error messages
     * @param text the file's content
     * @param fallback styles for elements the file does not style (a user theme may style only some); empty
     *     to require every element
     * @param ascii replace line-drawing characters by ASCII
     */
    public static ConsoleTheme parse(String name, String file, String text, Optional<ConsoleTheme> fallback,
            boolean ascii) {
        Properties all = new Properties();
        try {
            all.load(new StringReader(text));
        } catch (IOException | IllegalArgumentException e) {
            throw new ThemeException(file + ": not a properties file: " + e.getMessage(), e);
        }
        Properties lanterna = new Properties();
        Map<StyleKey, Map<String, String>> ours = new EnumMap<>(StyleKey.class);
        for (String key : all.stringPropertyNames()) {
            String value = all.getProperty(key).strip();
            if (!key.startsWith(PREFIX)) {
                lanterna.setProperty(key, value);
                continue;
            }
            Matcher matcher = OURS.matcher(key);
            StyleKey element = matcher.matches() ? element(matcher.group(1)) : null;
            if (element == null) {
                throw new ThemeException(at(file, text, key) + ": unknown key '" + key
                        + "' (ironbook keys are ironbook.<element>.foreground|background|sgr; see docs/themes.md)");
            }
            ours.computeIfAbsent(element, k -> new java.util.HashMap<>()).put(matcher.group(2), value);
        }
        Map<StyleKey, Style> styles = new EnumMap<>(StyleKey.class);
        for (StyleKey element : StyleKey.values()) {
            Map<String, String> parts = ours.get(element);
            Optional<Style> base = fallback.map(theme -> theme.style(element));
            if (parts == null || !parts.containsKey("foreground") || !parts.containsKey("background")) {
                if (base.isEmpty()) {
                    throw new ThemeException(file + ": missing " + element.property() + ".foreground and .background");
                }
            }
            TextColor fg = parts != null && parts.containsKey("foreground")
                    ? colour(file, text, element.property() + ".foreground", parts.get("foreground"))
                    : base.get().foreground();
            TextColor bg = parts != null && parts.containsKey("background")
                    ? colour(file, text, element.property() + ".background", parts.get("background"))
                    : base.get().background();
            Set<SGR> sgr = parts != null && parts.containsKey("sgr")
                    ? modifiers(file, text, element.property() + ".sgr", parts.get("sgr"))
                    : base.map(Style::modifiers).orElse(Set.of());
            styles.put(element, new Style(fg, bg, sgr));
        }
        if (ascii) {
            asciiLines(lanterna);
        }
        try {
            return new ConsoleTheme(name, file, new PropertyTheme(lanterna), styles);
        } catch (RuntimeException e) {
            throw new ThemeException(near(file, text, e.getMessage()) + ": " + e.getMessage(), e);
        }
    }

    private static StyleKey element(String property) {
        for (StyleKey key : StyleKey.values()) {
            if (key.property().equals(property)) {
                return key;
            }
        }
        return null;
    }

    private static TextColor colour(String file, String text, String key, String value) {
        try {
            TextColor colour = TextColor.Factory.fromString(value);
            if (colour == null) {
                throw new IllegalArgumentException("empty");
            }
            return colour;
        } catch (RuntimeException e) {
            throw new ThemeException(at(file, text, key) + ": '" + value + "' is not a colour for " + key
                    + " (a name such as green, #rrggbb, or #0 to #255)", e);
        }
    }

    private static Set<SGR> modifiers(String file, String text, String key, String value) {
        Set<SGR> result = EnumSet.noneOf(SGR.class);
        for (String part : value.split(",")) {
            String word = part.strip();
            if (word.isEmpty()) {
                continue;
            }
            try {
                result.add(SGR.valueOf(word.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new ThemeException(at(file, text, key) + ": '" + word + "' is not a modifier for " + key
                        + " (bold, underline, reverse, italic, blink)", e);
            }
        }
        return result;
    }

    private static void asciiLines(Properties lanterna) {
        Map<String, String> chars = Map.of(
                "HORIZONTAL_LINE", "-", "VERTICAL_LINE", "|", "BOTTOM_LEFT_CORNER", "+", "TOP_LEFT_CORNER", "+",
                "BOTTOM_RIGHT_CORNER", "+", "TOP_RIGHT_CORNER", "+", "TITLE_LEFT", "-", "TITLE_RIGHT", "-",
                "TITLE_SEPARATOR_LEFT", "-", "TITLE_SEPARATOR_RIGHT", "-");
        for (String owner : new String[] {"com.googlecode.lanterna.gui2.Borders$SingleLine",
                "com.googlecode.lanterna.gui2.Borders$DoubleLine",
                "com.googlecode.lanterna.gui2.DefaultWindowDecorationRenderer"}) {
            chars.forEach((what, ch) -> lanterna.setProperty(owner + ".char[" + what + "]", ch));
        }
    }

    /** {@code file:line} of the line that sets {@code key}, or just the file. */
    static String at(String file, String text, String key) {
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.startsWith(key)) {
                String rest = line.substring(key.length()).stripLeading();
                if (rest.startsWith("=") || rest.startsWith(":")) {
                    return file + ":" + (i + 1);
                }
            }
        }
        return file;
    }

    /** {@code file:line} of the first line holding the quoted word of Lanterna's message, or just the file. */
    private static String near(String file, String text, String message) {
        if (message == null) {
            return file;
        }
        Matcher matcher = QUOTED.matcher(message);
        if (!matcher.find()) {
            return file;
        }
        String word = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].stripLeading().startsWith("#") && !word.isEmpty() && lines[i].contains(word)) {
                return file + ":" + (i + 1);
            }
        }
        return file;
    }
}
