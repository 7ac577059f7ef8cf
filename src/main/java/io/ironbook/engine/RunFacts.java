package io.ironbook.engine;

/** The names of the facts a run records in its journal. */
final class RunFacts {

    private RunFacts() {
    }

    /** A node's boot id when the run began. */
    static String bootId(String node) {
        return "bootId/" + node;
    }
}
