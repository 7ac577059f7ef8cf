package io.ironbook.tui.view;

import java.util.Optional;

/**
 * Says how a node is reached over SSH and how that was decided, in one line, e.g.
 * {@code k8s-worker-01 → 10.0.0.11:22 as ops via bastion — hosts.ini:12}. The console calls it off the GUI
 * thread (a resolver may read files or ask the cluster). Backed later by the remote layer's target
 * resolver; until one is wired the detail screen says the target is unknown.
 */
@FunctionalInterface
public interface TargetDescriber {

    /** The node's SSH target and its origin, or empty when it cannot be told. */
    Optional<String> describe(String node);

    /** No resolver wired: every target is unknown. */
    static TargetDescriber none() {
        return node -> Optional.empty();
    }
}
