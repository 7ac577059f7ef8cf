/**
 * Key bindings as data, k9s-like: which key triggers which {@link io.ironbook.tui.keys.ActionId} in which
 * {@link io.ironbook.tui.keys.ViewKind}, its footer label, its help text and whether it changes anything.
 * The footer hints and the {@code ?} help are generated from this table; {@code --read-only} removes every
 * binding that changes anything.
 */
package io.ironbook.tui.keys;
