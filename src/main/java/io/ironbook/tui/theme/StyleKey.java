package io.ironbook.tui.theme;

import java.util.Locale;

/**
 * The elements the console draws itself, each styled by three theme keys of ours:
 * {@code ironbook.<element>.foreground}, {@code .background} and {@code .sgr}; e.g. {@link #STATUS_NOT_READY}
 * is {@code ironbook.status.not.ready.foreground}.
 */
public enum StyleKey {
    /** The top line: context, API server, operator, clock. */
    HEADER,
    /** The connection part of the header when the API is gone ({@code stale since ...}). */
    HEADER_ALERT,
    /** The second line: counts, filter and sort. */
    SUMMARY,
    /** Column titles of the node table. */
    TABLE_HEADER,
    /** An ordinary row and ordinary text. */
    ROW,
    /** The selected row. */
    ROW_SELECTED,
    /** The status cell of a Ready node. */
    STATUS_READY,
    /** The status cell of a NotReady node. */
    STATUS_NOT_READY,
    /** The status cell of a node whose kubelet stopped reporting. */
    STATUS_UNKNOWN,
    /** The cordon marker. */
    CORDONED,
    /** The REASON column and reason texts. */
    REASON,
    /** Section titles in detail and help views. */
    TITLE,
    /** Secondary text: hints, "loading...", empty values. */
    MUTED,
    /** The bottom lines: status message and key hints. */
    FOOTER,
    /** The key letters in the footer hints. */
    FOOTER_KEY,
    /** A message about an action that worked. */
    MESSAGE_OK,
    /** A message about an action that failed. */
    MESSAGE_ERROR;

    /** The key prefix in a theme file, e.g. {@code ironbook.status.not.ready}. */
    public String property() {
        return "ironbook." + name().toLowerCase(Locale.ROOT).replace('_', '.');
    }
}
