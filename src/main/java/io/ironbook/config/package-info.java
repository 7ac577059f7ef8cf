/**
 * Where ironbook keeps its files: state, logs, journals, user runbooks and themes, following the XDG
 * base directory conventions.
 *
 * <p>A leaf: imports no other {@code io.ironbook} package and no third-party library.
 */
package io.ironbook.config;
