package dev.pipewright.studio.publish;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.pipewright.core.arm.ArmExport;
import dev.pipewright.core.arm.ArmOutput;
import dev.pipewright.core.arm.FactoryId;
import dev.pipewright.core.arm.PublishChanges;
import dev.pipewright.core.factory.Factory;
import dev.pipewright.core.factory.Resource;
import dev.pipewright.core.factory.ResourceKind;
import dev.pipewright.git.PublishOutcome;
import dev.pipewright.git.WorkingCopy;
import dev.pipewright.studio.git.SourceControlViewModel;
import javafx.beans.value.ObservableValue;
import javafx.concurrent.Task;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * ADF's Publish in the studio: {@link #prepare()} validates the whole factory and builds the ARM templates (as
 * {@code pipewright build export} does), and compares them with the last publish (the publish branch's
 * {@code <factory>/ARMTemplateForFactory.json} in a working copy, the last export folder otherwise) to show what is
 * pending; then {@link #publishToBranch} commits them on the publish branch through the git layer, or
 * {@link #export} writes them to a folder (staged, then moved into place). All of it off the JavaFX thread.
 */
public final class PublishViewModel {
    /** The templates' factory id when the studio has no subscription to name: only the factory's name goes into them. */
    static final String LOCAL_SUBSCRIPTION = "00000000-0000-0000-0000-000000000000";
    static final String LOCAL_RESOURCE_GROUP = "local";

    /**
     * What a publish would do.
     *
     * @param factoryName the name the templates take (the factory resource's, else the root folder's)
     * @param export      the templates, or the problems that stop the publish
     * @param changes     against the last publish; null when the export failed
     * @param branch      the publish branch, null when the factory is not in a working copy (then: a folder)
     */
    public record Plan(String factoryName, ArmExport.Result export, PublishChanges changes, String branch) {
        public boolean ok() {
            return export.ok();
        }

        public boolean toBranch() {
            return branch != null;
        }

        /** Nothing differs from the last publish. */
        public boolean upToDate() {
            return changes != null && changes.added().isEmpty() && changes.changed().isEmpty() && changes.deleted().isEmpty();
        }
    }

    private final ObservableValue<Factory> factory;
    private final SourceControlViewModel git;
    private final Executor io;
    private volatile Path lastFolder;
    private java.util.function.BooleanSupplier synapse = () -> false;

    /** Publishes Synapse's workspace templates (TemplateForWorkspace.json …) while {@code mode} says so. */
    public PublishViewModel synapseWhen(java.util.function.BooleanSupplier mode) {
        this.synapse = mode;
        return this;
    }

    /** @param git source control of the window; null where only folders are written (Manage › ARM template) */
    public PublishViewModel(ObservableValue<Factory> factory, SourceControlViewModel git, Executor io) {
        this.factory = factory;
        this.git = git;
        this.io = io;
    }

    /**
     * Why Publish cannot run now, null when it can: no factory, or a working copy on another branch than the
     * collaboration branch (ADF publishes only from it).
     */
    public String disabledReason() {
        Factory f = factory.getValue();
        if (f == null) return "Open a factory to publish it";
        if (git == null) return null;
        WorkingCopy wc = git.workingCopyProperty().get();
        var head = git.headProperty().get();
        if (wc != null && head != null && !wc.settings().collaborationBranch().equals(head.branch())) {
            return "Publish runs from the collaboration branch " + wc.settings().collaborationBranch() + ", as in ADF: merge "
                    + (head.branch() == null ? "this commit" : head.branch()) + " into it (a pull request), switch to it, then publish";
        }
        return null;
    }

    /**
     * Validates and builds the templates, and what changed since the last publish. The factory is read from disk: what
     * is published is what is saved, never edits still open in the studio.
     */
    public Task<Plan> prepare() {
        return prepare(false);
    }

    /** @param toFolder export to a folder even in a working copy (Manage › ARM template › Export ARM template) */
    public Task<Plan> prepare(boolean toFolder) {
        Path root = factory.getValue().root();
        boolean synapse = this.synapse.getAsBoolean(); // Synapse's workspace templates when the profile says Synapse
        WorkingCopy wc = toFolder || git == null ? null : git.workingCopyProperty().get();
        String branch = wc == null ? null : wc.settings().publishBranch();
        Path folder = lastFolder;
        Task<Plan> task = new Task<>() {
            {
                updateTitle("Validating for publish");
            }

            @Override
            protected Plan call() throws IOException {
                updateMessage("Validating and building the ARM templates…");
                Factory f = Factory.load(root);
                String name = factoryName(f);
                ArmExport.Result result = ArmExport.build(f, new FactoryId(LOCAL_SUBSCRIPTION, LOCAL_RESOURCE_GROUP, name, synapse), ArmExport.Options.ADF);
                if (!result.ok()) return new Plan(name, result, null, branch);
                updateMessage("Comparing with the last publish…");
                String templateFile = synapse ? "TemplateForWorkspace.json" : "ARMTemplateForFactory.json";
                JsonNode previous = previousTemplate(wc, branch, name + "/" + templateFile, synapse ? null : folder);
                JsonNode current = JsonMapper.builder().build().readTree(result.files().get(templateFile));
                return new Plan(name, result, PublishChanges.between(previous, current), branch);
            }
        };
        io.execute(task);
        return task;
    }

    /** Commits the plan's templates on the publish branch (the git thread: progress, Cancel, and its prompts). */
    public Task<PublishOutcome> publishToBranch(Plan plan) {
        return git.publish(plan.factoryName(), plan.export().files());
    }

    /** Writes the plan's templates into {@code folder} (a new folder, an empty one or a previous export's). */
    public Task<Path> export(Plan plan, Path folder) {
        Task<Path> task = new Task<>() {
            {
                updateTitle("Exporting ARM templates");
            }

            @Override
            protected Path call() throws IOException {
                updateMessage("Writing the ARM templates to " + folder + "…");
                ArmOutput.write(plan.export().files(), folder);
                lastFolder = folder;
                return folder;
            }
        };
        io.execute(task);
        return task;
    }

    /** The factory's name as ADF names it: its factory/ resource, else the folder it is in. */
    static String factoryName(Factory f) {
        List<Resource> declared = f.resources(ResourceKind.FACTORY);
        if (!declared.isEmpty()) return declared.get(0).name();
        Path root = f.root().getFileName();
        return root == null ? "factory" : root.toString();
    }

    private static JsonNode previousTemplate(WorkingCopy wc, String branch, String path, Path folder) throws IOException {
        if (wc != null) {
            var bytes = wc.branchContent(branch, path);
            return bytes.isEmpty() ? null : JsonMapper.builder().build().readTree(bytes.get());
        }
        return folder == null ? null : PublishChanges.previousTemplate(folder);
    }
}
