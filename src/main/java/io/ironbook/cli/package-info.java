/**
 * The command line: one {@code <Verb>Command} per subcommand, option mixins, exit codes, and the
 * line-mode listeners that print what the engine and adapters report.
 *
 * <p>The only user of picocli. May import {@code tui}, {@code engine}, {@code collect}, {@code lab},
 * {@code runbook}, {@code diagnose}, {@code cluster}, {@code remote} and {@code config}; never {@code app}.
 */
package io.ironbook.cli;
