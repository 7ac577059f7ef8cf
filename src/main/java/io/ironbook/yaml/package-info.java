/**
 * Strict YAML documents with locations: every mapping key, value and list item knows its file, line
 * and column, so that the loaders of runbooks and diagnosis rules can name exactly where a file is
 * wrong. It rejects what YAML tolerates but operators never mean: duplicate keys, tabs, binary
 * content, several documents in one file.
 *
 * <p>A leaf: imports no other {@code io.ironbook} package. The only user of SnakeYAML.
 */
package io.ironbook.yaml;
