package io.ironbook.tui.theme;

import com.googlecode.lanterna.graphics.Theme;
import java.util.EnumMap;
import java.util.Map;

/**
 * One loaded theme: Lanterna's part for its widgets and ironbook's element styles.
 *
 * @param name the theme's name (its file name without {@code .properties})
 * @param source where it came from: {@code shipped} or the file's path
 * @param lanterna the widget theme handed to Lanterna
 * @param styles one style per {@link StyleKey}
 */
public record ConsoleTheme(String name, String source, Theme lanterna, Map<StyleKey, Style> styles) {

    public ConsoleTheme {
        styles = new EnumMap<>(styles);
        for (StyleKey key : StyleKey.values()) {
            if (!styles.containsKey(key)) {
                throw new IllegalArgumentException("theme " + name + " has no style for " + key.property());
            }
        }
    }

    /** The style of one element. */
    public Style style(StyleKey key) {
        return styles.get(key);
    }
}
