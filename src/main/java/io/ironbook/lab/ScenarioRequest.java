package io.ironbook.lab;

import java.util.Optional;

/**
 * A scenario asked for on the command line or at run time: {@code NAME} or {@code NAME:NODE}.
 *
 * @param scenario the scenario
 * @param node     the node it applies to; empty for the scenario's default node
 */
public record ScenarioRequest(Scenario scenario, Optional<String> node) {

    /** Parses {@code NAME} or {@code NAME:NODE}; the message names the valid scenarios. */
    public static ScenarioRequest parse(String text) {
        String name = text.contains(":") ? text.substring(0, text.indexOf(':')) : text;
        String node = text.contains(":") ? text.substring(text.indexOf(':') + 1) : "";
        Scenario scenario = Scenario.byId(name.strip())
                .orElseThrow(() -> new IllegalArgumentException("unknown scenario '" + name + "' (known: " + Scenario.ids() + ")"));
        return new ScenarioRequest(scenario, node.isBlank() ? Optional.empty() : Optional.of(node.strip()));
    }
}
