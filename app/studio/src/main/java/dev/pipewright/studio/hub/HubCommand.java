package dev.pipewright.studio.hub;

/** An edit made in the Manage hub that can be undone and redone. */
public interface HubCommand {
    /** What the edit did, for the Undo/Redo menu and the status line, e.g. "Create integration runtime IR-Sales". */
    String label();

    void execute();

    void undo();
}
