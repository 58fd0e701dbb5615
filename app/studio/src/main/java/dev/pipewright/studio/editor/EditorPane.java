package dev.pipewright.studio.editor;

/**
 * The content of an Author hub editor tab, whatever its kind. The window's menu and shortcuts reach the open editor
 * through it; actions an editor does not have do nothing.
 */
public interface EditorPane {
    ResourceEditorViewModel model();

    default void save() {
        model().save();
    }

    default void validate() {
        model().validate();
    }

    default void undo() {
        model().undo();
    }

    default void redo() {
        model().redo();
    }

    default void copy() {
    }

    default void paste() {
    }

    default void delete() {
    }

    default void selectAll() {
    }

    default void fit() {
    }
}
