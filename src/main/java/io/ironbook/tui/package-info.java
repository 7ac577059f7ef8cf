/**
 * The full-screen console: {@link io.ironbook.tui.Console} opens it on the real terminal and always restores
 * the terminal; the subpackages hold the views and their frame ({@code view}), pure rendering
 * ({@code render}), components ({@code widget}), gates ({@code dialog}), key bindings as data ({@code keys})
 * and themes ({@code theme}).
 *
 * <p>The only user of Lanterna. May import {@code engine}, {@code collect}, {@code runbook}, {@code diagnose},
 * {@code cluster}, {@code remote} and {@code config}; never {@code cli}, {@code lab} or {@code app}.
 */
package io.ironbook.tui;
