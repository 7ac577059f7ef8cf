package io.ironbook.cli;

import io.ironbook.lab.Lab;
import io.ironbook.lab.LabOptions;

/** Starts the built-in simulated cluster; tests may start it faster or elsewhere. */
@FunctionalInterface
public interface LabLauncher {

    Lab start(LabOptions options);
}
