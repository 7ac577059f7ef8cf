/**
 * Themes: Lanterna {@code .properties} files (shipped in the jar under {@code themes/}, the operator's own in
 * {@code ~/.config/ironbook/themes/}) carrying both Lanterna's widget styles and ironbook's own
 * {@code ironbook.*} element styles ({@link io.ironbook.tui.theme.StyleKey}); the catalogue that loads and
 * cycles them.
 */
package io.ironbook.tui.theme;
