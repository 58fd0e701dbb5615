package dev.pipewright.core.edit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pipewright.core.factory.Resource;

/** Adds a new activity of one type at the end of an activity list, named as ADF names it ("Copy data1"). */
public final class AddActivityCommand extends ResourceEdit {
    private final String list;
    private final ActivityKind kind;
    private String name;

    /** @param list the activity list's pointer ({@link ActivityTree#TOP} or a container branch) */
    public AddActivityCommand(Resource pipeline, String list, ActivityKind kind) {
        super(pipeline);
        this.list = list;
        this.kind = kind;
    }

    @Override
    protected void apply(ObjectNode root) {
        ActivityTree.checkNesting(ActivityTree.containerType(root, list), kind.type());
        name = ActivityTree.numbered(kind.displayName(), ActivityTree.allNames(root));
        ActivityTree.list(root, list, true).add(ActivityCatalog.newActivity(kind, name));
    }

    /** The new activity's name (known once executed). */
    public String name() {
        return name;
    }

    @Override
    public String label() {
        return "Add activity " + (name != null ? name : kind.displayName());
    }
}
