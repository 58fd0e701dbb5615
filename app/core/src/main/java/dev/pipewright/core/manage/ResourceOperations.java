package dev.pipewright.core.manage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pipewright.core.edit.EditCommand;
import dev.pipewright.core.edit.EditRefusedException;
import dev.pipewright.core.factory.Factory;
import dev.pipewright.core.factory.Resource;
import dev.pipewright.core.factory.ResourceId;
import dev.pipewright.core.factory.ResourceKind;
import dev.pipewright.core.problem.Problem;
import dev.pipewright.core.problem.ProblemCode;
import dev.pipewright.core.refs.Reference;
import dev.pipewright.core.refs.ReferenceGraph;
import dev.pipewright.core.validate.Validator;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The Author hub's operations on whole resources, as ADF Studio does them: New (a unique name such as
 * {@code pipeline1}), Rename (the file moves and every reference in the factory follows), Clone ({@code <name>_copy1})
 * and Delete (refused while other resources use it). Each is one undoable {@link EditCommand}; files change on disk
 * only when the factory is saved ({@code FactoryWriter}).
 */
public final class ResourceOperations {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ResourceOperations() {
    }

    /** {@code base1}, {@code base2}, … : the first that no {@code kind} resource has (names ignore case). */
    public static String uniqueName(Factory factory, ResourceKind kind, String base) {
        for (int i = 1; ; i++) {
            String name = base + i;
            if (!factory.contains(ResourceId.of(kind, name))) return name;
        }
    }

    /**
     * Why {@code name} cannot be given to a {@code kind} resource: ADF's naming rules, and a resource of the kind that
     * has it already (ignoring case; {@code renaming}, the resource being renamed, does not count). Empty when it can.
     */
    public static List<Problem> checkName(Factory factory, ResourceKind kind, String name, ResourceId renaming) {
        List<Problem> problems = new ArrayList<>(Validator.checkName(kind, name));
        ResourceId id = ResourceId.of(kind, name);
        if (problems.isEmpty() && factory.contains(id) && !id.equals(renaming)) {
            problems.add(Problem.of(ProblemCode.DUPLICATE_RESOURCE, id.toString(), null, 0, 0,
                    "A " + kind.displayName() + " named '" + factory.get(id).orElseThrow().name() + "' already exists (names ignore case)",
                    "Choose another name"));
        }
        return problems;
    }

    /** A new, empty pipeline as ADF's "New pipeline" writes it. */
    public static ObjectNode newPipeline(String name) {
        ObjectNode json = NODES.objectNode();
        json.put("name", name);
        ObjectNode p = json.putObject("properties");
        p.putArray("activities");
        p.putArray("annotations");
        return json;
    }

    /** Adds a new resource (its name checked); undo removes it again. */
    public static EditCommand create(Factory factory, ResourceKind kind, ObjectNode json) {
        Resource resource = Resource.create(kind, json.deepCopy());
        refuseOn(checkName(factory, kind, resource.name(), null));
        return new Command("New " + kind.displayName() + " " + resource.name(), () -> factory.add(resource),
                () -> factory.remove(resource.id()));
    }

    /** Clone: a copy named {@code <name>_copy1} (or the next free number) in the same folder. */
    public static EditCommand duplicate(Factory factory, ResourceId id) {
        Resource original = existing(factory, id);
        ObjectNode copy = original.json().deepCopy();
        copy.put("name", uniqueName(factory, id.kind(), original.name() + "_copy"));
        Resource resource = Resource.create(id.kind(), copy);
        return new Command("Clone " + id.kind().displayName() + " " + original.name() + " as " + resource.name(),
                () -> factory.add(resource), () -> factory.remove(resource.id()));
    }

    /** The other resources that reference {@code id} (what blocks its deletion), in factory order. */
    public static List<ResourceId> usedBy(Factory factory, ResourceId id) {
        Set<ResourceId> users = new LinkedHashSet<>();
        for (Reference r : ReferenceGraph.of(factory).usedBy(id)) {
            if (!r.from().equals(id)) users.add(r.from());
        }
        return List.copyOf(users);
    }

    /**
     * Delete, refused (as ADF refuses it) while other resources reference the resource: the message lists them. The
     * file goes with the next save; undo puts the resource back.
     */
    public static EditCommand delete(Factory factory, ResourceId id) {
        Resource resource = existing(factory, id);
        List<ResourceId> users = usedBy(factory, id);
        if (!users.isEmpty()) {
            throw new EditRefusedException(id.kind().title() + " " + resource.name() + " cannot be deleted: it is used by "
                    + String.join(", ", users.stream().map(ResourceId::toString).toList()) + ". Delete those or change their references first.");
        }
        return new Command("Delete " + id.kind().displayName() + " " + resource.name(), () -> {
            if (!usedBy(factory, resource.id()).isEmpty()) throw new EditRefusedException(resource.name() + " is used again: not deleted");
            factory.remove(resource.id());
        }, () -> factory.add(resource));
    }

    /**
     * What renaming {@code id} to {@code newName} changes: the resource's name and file, and every reference to it
     * (Execute Pipeline, triggers' pipelines, activities' and data flows' datasets, datasets' linked services …).
     * {@link RenamePlan#problems()} says why it cannot be done; {@link RenamePlan#command()} does it.
     */
    public static RenamePlan planRename(Factory factory, ResourceId id, String newName) {
        Resource resource = existing(factory, id);
        if (resource.parentName() != null || id.kind() == ResourceKind.FACTORY) {
            throw new EditRefusedException("A " + id.kind().displayName() + " is not renamed here");
        }
        List<Problem> problems = new ArrayList<>(checkName(factory, id.kind(), newName, id));
        List<Reference> refs = ReferenceGraph.of(factory).usedBy(id);
        return new RenamePlan(factory, resource, newName, refs, problems);
    }

    /** A planned rename: the references it rewrites, or the problems that refuse it. */
    public static final class RenamePlan {
        private final Factory factory;
        private final Resource resource;
        private final String oldName;
        private final String newName;
        private final List<Reference> references;
        private final List<Problem> problems;

        RenamePlan(Factory factory, Resource resource, String newName, List<Reference> references, List<Problem> problems) {
            this.factory = factory;
            this.resource = resource;
            this.oldName = resource.name();
            this.newName = newName;
            this.references = List.copyOf(references);
            this.problems = List.copyOf(problems);
        }

        public boolean ok() {
            return problems.isEmpty();
        }

        /** True when the new name is the old one, spelled the same: there is nothing to do. */
        public boolean unchanged() {
            return newName.equals(oldName);
        }

        public List<Problem> problems() {
            return problems;
        }

        /** The references that will name the new name, each a {@code referenceName} at a pointer of another file. */
        public List<Reference> references() {
            return references;
        }

        /** What will change, one line each, for the confirmation: the file move, then each reference. */
        public List<String> changes() {
            List<String> lines = new ArrayList<>();
            String folder = resource.kind().folder();
            lines.add((resource.path() != null ? resource.path() : folder + "/" + oldName + ".json") + " → " + folder + "/" + newName + ".json");
            for (Reference r : references) lines.add(r.from() + ": " + r.pointer() + "/referenceName");
            return lines;
        }

        /** The rename as one undoable edit; throws {@link EditRefusedException} when {@link #ok()} is false. */
        public EditCommand command() {
            refuseOn(problems);
            if (unchanged()) throw new EditRefusedException("The name is unchanged");
            return new Command("Rename " + resource.kind().displayName() + " " + oldName + " to " + newName,
                    () -> apply(oldName, newName), () -> apply(newName, oldName));
        }

        private void apply(String from, String to) {
            for (Reference r : references) {
                Resource user = r.from().equals(ResourceId.of(resource.kind(), from)) ? resource
                        : factory.get(r.from()).orElseThrow(() -> new EditRefusedException(r.from() + " no longer exists"));
                JsonNode ref = user.json().at(r.pointer());
                if (!(ref instanceof ObjectNode o)) throw new EditRefusedException(r.from() + " changed: " + r.pointer() + " is no reference");
                o.put("referenceName", to);
            }
            factory.rename(ResourceId.of(resource.kind(), from), to);
        }
    }

    private static Resource existing(Factory factory, ResourceId id) {
        return factory.get(id).orElseThrow(() -> new EditRefusedException("There is no " + id.kind().displayName() + " named '" + id.name() + "'"));
    }

    private static void refuseOn(List<Problem> problems) {
        if (!problems.isEmpty()) throw new EditRefusedException(problems.get(0).message());
    }

    /** Lower-case type name as ADF uses it for new resource names: {@code pipeline1}, {@code dataflow1}, {@code trigger1}. */
    public static String baseName(ResourceKind kind) {
        return kind.displayName().replace(" ", "").toLowerCase(Locale.ROOT);
    }

    private record Command(String label, Runnable doIt, Runnable undoIt) implements EditCommand {
        Command {
            Objects.requireNonNull(doIt);
            Objects.requireNonNull(undoIt);
        }

        @Override
        public void execute() {
            doIt.run();
        }

        @Override
        public void undo() {
            undoIt.run();
        }
    }
}
