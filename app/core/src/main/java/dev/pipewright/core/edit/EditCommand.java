package dev.pipewright.core.edit;

/** One edit of a factory resource that can be undone and redone. */
public interface EditCommand {
    /** What the edit does, for the Undo/Redo menu and the status line, e.g. "Add activity Copy data1". */
    String label();

    /** Applies the edit; throws {@link EditRefusedException} (and changes nothing) when ADF would not allow it. */
    void execute();

    /** Puts the resource back exactly as it was before {@link #execute()}. */
    void undo();
}
