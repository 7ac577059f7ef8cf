package io.ironbook.engine;

/**
 * Receives a run's events as they happen, on the engine's threads (output lines from reader
 * threads). Implementations must be quick and thread-safe: the console posts them to its GUI
 * thread, the line mode prints them.
 */
@FunctionalInterface
public interface RunListener {

    RunListener NONE = event -> { };

    void onEvent(RunEvent event);
}
