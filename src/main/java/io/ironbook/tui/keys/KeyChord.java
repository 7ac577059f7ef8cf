package io.ironbook.tui.keys;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;

/**
 * One key without Ctrl or Alt: a character ({@code d}, {@code ?}, {@code /}) or a special key (Enter, Esc).
 *
 * @param type {@link KeyType#Character} for a character key
 * @param character the character when {@code type} is Character
 * @param label how help and footer show the key
 */
public record KeyChord(KeyType type, char character, String label) {

    /** A character key, shown as itself. */
    public static KeyChord of(char character) {
        return new KeyChord(KeyType.Character, character, String.valueOf(character));
    }

    /** A special key with its label. */
    public static KeyChord of(KeyType type, String label) {
        if (type == KeyType.Character) {
            throw new IllegalArgumentException("use of(char) for character keys");
        }
        return new KeyChord(type, '\0', label);
    }

    /** Whether the keystroke is this key (with no Ctrl or Alt). */
    public boolean matches(KeyStroke stroke) {
        if (stroke.isCtrlDown() || stroke.isAltDown() || stroke.getKeyType() != type) {
            return false;
        }
        return type != KeyType.Character || stroke.getCharacter() == character;
    }
}
