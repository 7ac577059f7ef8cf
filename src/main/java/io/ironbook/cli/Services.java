package io.ironbook.cli;

import io.ironbook.config.IronbookPaths;
import java.io.InputStream;

/**
 * What the commands need from the outside world, built by the composition root. Commands ask for an
 * adapter when they run, so that a command that needs no cluster never reads a kubeconfig.
 */
public interface Services {

    /** The folders ironbook reads and writes. */
    IronbookPaths paths();

    /** Starts the built-in simulated cluster. */
    LabLauncher labLauncher();

    /** The operator's input (control commands for {@code ironbook lab}). */
    InputStream stdin();

}
