/**
 * The console's own Lanterna components: the windowed node table (only the visible rows are formatted and
 * drawn, with fixed column widths, so 5,000 nodes cost what 40 do), scrollable styled text, one-line bars,
 * the prompt line of {@code /} and {@code :}, and the current look (theme plus glyphs). Components draw;
 * views decide.
 */
package io.ironbook.tui.widget;
