package io.ironbook.tui.theme;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextColor;
import java.util.EnumSet;
import java.util.Set;

/** Colours and modifiers of one element. */
public record Style(TextColor foreground, TextColor background, Set<SGR> modifiers) {

    public Style {
        modifiers = modifiers.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(modifiers));
    }

    /** The modifiers as an array, for Lanterna's graphics. */
    public SGR[] modifierArray() {
        return modifiers.toArray(new SGR[0]);
    }
}
