package io.ironbook.tui.keys;

/** What a key asks the console to do; the command line ({@code :}) accepts the same ids. */
public enum ActionId {
    HELP("help"),
    FILTER("filter"),
    COMMAND("command"),
    DETAIL("detail"),
    DIAGNOSE("diagnose"),
    RUNBOOKS("runbooks"),
    CORDON("cordon"),
    UNCORDON("uncordon"),
    DRAIN("drain"),
    JOURNAL("journal"),
    START("start"),
    CANCEL_RUN("cancel-run"),
    SORT_NEXT("sort"),
    SORT_REVERSE("reverse"),
    NEXT_THEME("theme"),
    BACK("back"),
    QUIT("quit");

    private final String id;

    ActionId(String id) {
        this.id = id;
    }

    /** The kebab-case id, as typed after {@code :}. */
    public String id() {
        return id;
    }
}
