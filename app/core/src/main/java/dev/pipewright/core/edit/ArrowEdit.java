package dev.pipewright.core.edit;

import dev.pipewright.core.factory.Resource;

/** Base of the edits of one arrow: {@code to} waiting on {@code from} (with {@code condition}) in one activity list. */
abstract class ArrowEdit extends ResourceEdit {
    protected final String list;
    protected final String from;
    protected final String to;
    protected final String condition;

    ArrowEdit(Resource pipeline, String list, String from, String to, String condition) {
        super(pipeline);
        this.list = list;
        this.from = from;
        this.to = to;
        this.condition = condition;
    }

    protected String arrow() {
        return from + " → " + to + (condition == null ? "" : " (" + condition + ")");
    }
}
