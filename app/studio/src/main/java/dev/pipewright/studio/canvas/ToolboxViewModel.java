package dev.pipewright.studio.canvas;

import dev.pipewright.core.edit.ActivityCatalog;
import dev.pipewright.core.edit.ActivityCategory;
import dev.pipewright.core.edit.ActivityKind;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The Activities toolbox: ADF's groups of the 40 activity types, filtered by the search box. */
public final class ToolboxViewModel {
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ReadOnlyObjectWrapper<Map<ActivityCategory, List<ActivityKind>>> groups = new ReadOnlyObjectWrapper<>(this, "groups");

    public ToolboxViewModel() {
        search.addListener((o, a, b) -> rebuild());
        rebuild();
    }

    private void rebuild() {
        Map<ActivityCategory, List<ActivityKind>> map = new LinkedHashMap<>();
        for (ActivityCategory c : ActivityCategory.values()) {
            List<ActivityKind> kinds = ActivityCatalog.in(c).stream().filter(k -> k.matches(search.get())).toList();
            if (!kinds.isEmpty()) map.put(c, kinds);
        }
        groups.set(map);
    }

    public StringProperty searchProperty() {
        return search;
    }

    /** The groups with at least one matching type, toolbox order. */
    public ReadOnlyObjectProperty<Map<ActivityCategory, List<ActivityKind>>> groupsProperty() {
        return groups.getReadOnlyProperty();
    }

    public boolean searching() {
        return search.get() != null && !search.get().isBlank();
    }
}
