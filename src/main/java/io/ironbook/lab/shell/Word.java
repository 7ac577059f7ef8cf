package io.ironbook.lab.shell;

/**
 * One shell word after quote removal, remembering whether any part was quoted (quoted words are not
 * glob-expanded) or whether it is an operator.
 *
 * @param text     the word's text
 * @param quoted   some part was quoted
 * @param operator it is an operator: {@code && || ; | > >> 2> 2>&1 &> <}
 */
record Word(String text, boolean quoted, boolean operator) {
}
