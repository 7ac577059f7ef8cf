package io.ironbook.engine;

import java.nio.file.Path;

/**
 * How a run ended.
 *
 * @param runId   the run
 * @param status  how it ended
 * @param message one line for the operator
 * @param journal its journal file
 */
public record RunResult(String runId, RunStatus status, String message, Path journal) {
}
