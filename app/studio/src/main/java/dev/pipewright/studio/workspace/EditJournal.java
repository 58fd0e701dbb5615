package dev.pipewright.studio.workspace;

import java.nio.file.Path;
import java.util.List;

/**
 * Unsaved edits kept outside the factory, so a crash or a power cut loses nothing: what each open editor holds that
 * is not saved, per factory root. Written in the background shortly after each edit; read when the factory opens.
 */
public interface EditJournal {
    /**
     * One resource's unsaved content.
     *
     * @param path  the resource's file, relative to the root ({@code pipeline/PL_Load.json})
     * @param text  its JSON as the editor holds it, or the text typed in its code view when {@code typed}
     * @param typed true when {@code text} is code-view text that was not applied (it may not be valid JSON)
     * @param saved when it was journaled, epoch milliseconds
     */
    record Entry(String path, String text, boolean typed, long saved) {
    }

    /** Replaces what is journaled for {@code root} by {@code entries} (empty: nothing unsaved). */
    void journal(Path root, List<Entry> entries);

    /** What is journaled for {@code root}, by path. */
    List<Entry> journaled(Path root);

    /** Keeps nothing (tests, or when the workspace store cannot be opened). */
    static EditJournal none() {
        return new EditJournal() {
            @Override
            public void journal(Path root, List<Entry> entries) {
            }

            @Override
            public List<Entry> journaled(Path root) {
                return List.of();
            }
        };
    }
}
