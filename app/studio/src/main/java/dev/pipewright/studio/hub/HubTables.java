package dev.pipewright.studio.hub;

import javafx.beans.property.SimpleStringProperty;
import javafx.scene.control.TableColumn;

import java.util.function.Function;

/** Read-only text columns for the hubs' tables. */
public final class HubTables {
    private HubTables() {
    }

    public static <T> TableColumn<T, String> column(String title, Function<T, String> value, double width) {
        TableColumn<T, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new SimpleStringProperty(value.apply(cell.getValue())));
        if (width > 0) c.setPrefWidth(width);
        return c;
    }
}
