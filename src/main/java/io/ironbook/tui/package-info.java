/**
 * The full-screen console: views, pure renderers, widgets, dialogs, key bindings as data and themes.
 *
 * <p>The only user of Lanterna. May import {@code engine}, {@code collect}, {@code runbook}, {@code diagnose},
 * {@code cluster}, {@code remote} and {@code config}; never {@code cli}, {@code lab} or {@code app}.
 */
package io.ironbook.tui;
