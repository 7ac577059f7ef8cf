package io.ironbook.tui.render;

import io.ironbook.tui.theme.StyleKey;

/** A run of text drawn in one style. */
public record Segment(String text, StyleKey style) {
}
