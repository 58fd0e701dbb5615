package dev.pipewright.studio.hub.ir;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pipewright.core.factory.Resource;
import dev.pipewright.core.factory.ResourceId;
import dev.pipewright.core.factory.ResourceKind;
import dev.pipewright.core.ir.FieldProblem;
import dev.pipewright.core.ir.IrEditor;
import dev.pipewright.core.ir.IrSettings;
import dev.pipewright.runtime.ir.ManagedRuntimes;
import dev.pipewright.studio.hub.FactorySaver;
import dev.pipewright.studio.hub.HubCommand;

import java.util.List;

/**
 * Creates or edits an IR through {@link ManagedRuntimes} (secrets to the store) and saves the factory. Undo
 * removes the created IR, or puts the edited one's JSON back, and saves again; stored secrets stay.
 */
final class IrCommand implements HubCommand {
    /** The runtime refused the settings (validation errors, or an Azure-SSIS IR that is not stopped). */
    static final class Refused extends RuntimeException {
        private final transient List<FieldProblem> problems;

        Refused(List<FieldProblem> problems) {
            super(problems.isEmpty() ? "refused" : problems.get(0).message());
            this.problems = problems;
        }

        List<FieldProblem> problems() {
            return problems;
        }
    }

    private final ManagedRuntimes runtimes;
    private final FactorySaver saver;
    private final IrSettings settings;
    private final boolean create;
    private ObjectNode before;
    private ObjectNode after;

    IrCommand(ManagedRuntimes runtimes, FactorySaver saver, IrSettings settings, boolean create) {
        this.runtimes = runtimes;
        this.saver = saver;
        this.settings = settings;
        this.create = create;
    }

    @Override
    public String label() {
        return (create ? "Create " : "Edit ") + settings.kind().label() + " integration runtime " + settings.name();
    }

    @Override
    public void execute() {
        if (after == null) {
            if (!create) before = resource().json().deepCopy();
            IrEditor.Result result = create ? runtimes.create(settings) : runtimes.update(settings);
            if (!result.ok()) throw new Refused(result.problems());
            after = result.resource().json().deepCopy();
        } else if (create) {
            runtimes.factory().add(Resource.create(ResourceKind.INTEGRATION_RUNTIME, after.deepCopy()));
        } else {
            resource().replaceContent(after.deepCopy());
        }
        saver.save(runtimes.factory(), label(), id());
    }

    @Override
    public void undo() {
        if (create) {
            runtimes.factory().remove(ResourceId.of(ResourceKind.INTEGRATION_RUNTIME, settings.name()));
        } else {
            resource().replaceContent(before.deepCopy());
        }
        saver.save(runtimes.factory(), "Undo: " + label(), id());
    }

    private ResourceId id() {
        return ResourceId.of(ResourceKind.INTEGRATION_RUNTIME, settings.name());
    }

    private Resource resource() {
        return runtimes.factory().get(ResourceKind.INTEGRATION_RUNTIME, settings.name()).orElseThrow();
    }
}
