package dev.pipewright.studio.shell;

import java.util.Locale;

/** The hubs of the left rail, as in ADF Studio. */
public enum Hub {
    AUTHOR("Author"),
    /** Source control: the changed resources, commits, pull and push, conflicts (ADF shows these in its git menus). */
    CHANGES("Changes"),
    MONITOR("Monitor"),
    MANAGE("Manage");

    private final String displayName;

    Hub(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }

    /** Node id of the hub's rail button, e.g. {@code hub-author} (tests and CSS use it). */
    public String buttonId() {
        return "hub-" + name().toLowerCase(Locale.ROOT);
    }
}
