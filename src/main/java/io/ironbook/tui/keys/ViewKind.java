package io.ironbook.tui.keys;

/** The kinds of screens the console shows; bindings name the ones they apply to. */
public enum ViewKind {
    /** The home screen: the table of nodes. */
    NODES,
    /** One node's conditions, taints, addresses, events, SSH target and actions. */
    NODE_DETAIL,
    /** The key help. */
    HELP,
    /** A node's live diagnosis: verdict, cascade, evidence and remedies (needs the engine). */
    DIAGNOSIS,
    /** The runbook catalogue (needs the engine). */
    RUNBOOKS,
    /** A running runbook (needs the engine). */
    RUN,
    /** Past and interrupted runs (needs the engine's journal). */
    JOURNAL,
    /** One run from the journal: who, where, its steps, gate answers and how it ended. */
    JOURNAL_RUN
}
