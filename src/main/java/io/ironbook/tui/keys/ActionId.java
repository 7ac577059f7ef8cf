package io.ironbook.tui.keys;

/** What a key asks the console to do; the command line ({@code :}) accepts the same ids. */
public enum ActionId {
    HELP("help"),
    FILTER("filter"),
    COMMAND("command"),
    DETAIL("detail"),
    DIAGNOSE("diagnose", true),
    RUNBOOKS("runbooks", true),
    CORDON("cordon"),
    UNCORDON("uncordon"),
    DRAIN("drain"),
    JOURNAL("journal", true),
    RERUN("rerun", true),
    RESUME("resume", true),
    START("start", true),
    CANCEL_RUN("cancel-run", true),
    SORT_NEXT("sort"),
    SORT_REVERSE("reverse"),
    NEXT_THEME("theme"),
    BACK("back"),
    QUIT("quit");

    private final String id;
    private final boolean needsOperations;

    ActionId(String id) {
        this(id, false);
    }

    ActionId(String id, boolean needsOperations) {
        this.id = id;
        this.needsOperations = needsOperations;
    }

    /** Whether it needs more than the node list: live diagnosis, runbooks, runs or the journal. */
    public boolean needsOperations() {
        return needsOperations;
    }

    /** The kebab-case id, as typed after {@code :}. */
    public String id() {
        return id;
    }
}
