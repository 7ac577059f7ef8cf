package io.ironbook.engine;

import java.util.Objects;

/**
 * How one run is driven.
 *
 * @param gate      asks the operator at gates and manual steps
 * @param listener  receives every event
 * @param assumeYes answers confirm gates (never typed ones) with yes
 */
public record RunOptions(Gate gate, RunListener listener, boolean assumeYes) {

    public RunOptions {
        Objects.requireNonNull(gate);
        Objects.requireNonNull(listener);
    }
}
