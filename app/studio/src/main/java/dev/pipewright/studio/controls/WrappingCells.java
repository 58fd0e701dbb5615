package dev.pipewright.studio.controls;

import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;

import java.util.function.Function;

/**
 * List cells that show their whole text, wrapped to the list's width, instead of one line cut off at the edge:
 * messages with their hint must be readable where they are shown, whatever the window's width.
 */
public final class WrappingCells {
    private WrappingCells() {
    }

    /** Makes {@code list} show each item's {@code text} wrapped. */
    public static <T> void wrap(ListView<T> list, Function<T, String> text) {
        list.setCellFactory(l -> cell(l, text));
    }

    public static <T> ListCell<T> cell(ListView<T> list, Function<T, String> text) {
        ListCell<T> cell = new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        };
        fit(cell, list);
        return cell;
    }

    /** Wraps a cell's text at the list's width (less the scroll bar). */
    public static void fit(ListCell<?> cell, ListView<?> list) {
        cell.setWrapText(true);
        cell.prefWidthProperty().bind(list.widthProperty().subtract(24));
        cell.setMaxWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
    }
}
