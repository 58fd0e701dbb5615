package dev.pipewright.core.form;

import java.util.List;

/** One tab of a properties form, with ADF Studio's tab name ("Source", "Settings" …) and its fields in order. */
public record FormTab(String name, List<Field> fields) {
    public FormTab {
        fields = List.copyOf(fields);
    }

    /** A stable id for the tab's control: {@code tab-logging-settings}. */
    public String id() {
        return "tab-" + name.toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
    }
}
