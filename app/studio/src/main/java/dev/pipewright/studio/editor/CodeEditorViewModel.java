package dev.pipewright.studio.editor;

import dev.pipewright.core.factory.Factory;
import dev.pipewright.core.factory.Resource;
import dev.pipewright.studio.code.CodeViewModel;

import java.util.concurrent.Executor;

/** An editor tab for a resource without a form (data flows, triggers …): its two-way JSON code view. */
public final class CodeEditorViewModel extends ResourceEditorViewModel {
    private final CodeViewModel code;

    public CodeEditorViewModel(Factory factory, Resource resource, Executor executor) {
        super(factory, resource, executor);
        this.code = new CodeViewModel(resource, stack());
        followCode(this.code);
        code.errorProperty().addListener((o, was, now) -> {
            if (!now.isEmpty()) status("Not applied: " + now);
        });
    }

    public CodeViewModel code() {
        return code;
    }
}
