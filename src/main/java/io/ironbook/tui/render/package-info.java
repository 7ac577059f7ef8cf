/**
 * Pure rendering: records in, text and style keys out, with no Lanterna screen and no I/O. Node rows and
 * their fixed column layout, the header, footer hints and help lines generated from the key table, node
 * detail lines, and the lines a drain gate shows. Every function here is a plain function of its inputs
 * (including the time), so the views stay thin and the texts are testable without a terminal.
 */
package io.ironbook.tui.render;
