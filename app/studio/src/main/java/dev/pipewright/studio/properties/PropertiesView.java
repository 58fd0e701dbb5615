package dev.pipewright.studio.properties;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * The bottom pane's property tabs: ADF's General tab, then the selected activity's type-specific tabs (built from
 * core's field specs by {@link FormView}) or a generic Settings tab (one JSON value per {@code typeProperties}
 * member); with nothing selected, the pipeline's Parameters, Variables and Settings. Text fields commit on Enter
 * and when they lose focus; check boxes and pickers on click.
 */
public final class PropertiesView {
    private final PropertiesViewModel viewModel;
    private final GridPane general = new GridPane();
    private final GridPane settings = new GridPane();
    private final FormView forms;
    private final ObservableList<Tab> tabs = FXCollections.observableArrayList();
    private final Tab generalTab;
    private final Tab genericTab;

    /** @param preview called with a dataset's name by the Preview data buttons (Copy source and sink, Lookup) */
    public PropertiesView(PropertiesViewModel viewModel, Consumer<String> preview) {
        this.viewModel = viewModel;
        this.forms = new FormView(preview);
        general.getStyleClass().add("properties-form");
        settings.getStyleClass().add("properties-form");
        general.setHgap(10);
        general.setVgap(6);
        settings.setHgap(10);
        settings.setVgap(6);
        int row = 0;
        row = text(row, "Name", "prop-name", "name", viewModel.nameProperty(), viewModel::commitName, null);
        row = text(row, "Description", "prop-description", "description", viewModel.descriptionProperty(), viewModel::commitDescription, null);
        row = check(row, "Activated", "prop-active", viewModel.activeProperty(), viewModel::commitActive, null);
        row = text(row, "Timeout", "prop-timeout", "timeout", viewModel.timeoutProperty(), viewModel::commitTimeout, viewModel.hasPolicyProperty());
        row = text(row, "Retry", "prop-retry", "retry", viewModel.retryProperty(), viewModel::commitRetry, viewModel.hasPolicyProperty());
        row = text(row, "Retry interval (sec)", "prop-retry-interval", "retryInterval", viewModel.retryIntervalProperty(), viewModel::commitRetryInterval,
                viewModel.hasPolicyProperty());
        row = check(row, "Secure input", "prop-secure-input", viewModel.secureInputProperty(), viewModel::commitSecureInput,
                viewModel.hasPolicyProperty());
        check(row, "Secure output", "prop-secure-output", viewModel.secureOutputProperty(), viewModel::commitSecureOutput,
                viewModel.hasPolicyProperty());
        viewModel.members().addListener((ListChangeListener<PropertiesViewModel.Member>) c -> showMembers());
        generalTab = tab("General", "tab-general", general());
        genericTab = tab("Settings", "tab-settings", settings());
        viewModel.form().tabs().addListener((ListChangeListener<FormViewModel.TabModel>) c -> showTabs());
        viewModel.anySelectedProperty().addListener((o, was, now) -> showTabs());
        viewModel.reload();
        showMembers();
        showTabs();
    }

    /** The property tabs to show now (General, then the form's); replaced whenever the selection changes. */
    public ObservableList<Tab> tabs() {
        return tabs;
    }

    private void showTabs() {
        List<Tab> fresh = new ArrayList<>();
        if (viewModel.anySelectedProperty().get()) fresh.add(generalTab);
        for (FormViewModel.TabModel t : viewModel.form().tabs()) fresh.add(t.generic() ? genericTab : tab(t.name(), t.id(), forms.build(t)));
        tabs.setAll(fresh);
    }

    private static Tab tab(String text, String id, Node content) {
        Tab tab = new Tab(text, content);
        tab.setId(id);
        tab.setClosable(false);
        return tab;
    }

    /** The General tab's content (a hint when no single activity is selected). */
    public Node general() {
        return withHint(general, "Select one activity to see its properties.");
    }

    /** The Settings tab's content: the selected activity's settings, else the pipeline's (parameters, variables …). */
    public Node settings() {
        ScrollPane scroll = new ScrollPane(settings);
        scroll.setFitToWidth(true);
        return scroll;
    }

    private Node withHint(GridPane form, String hint) {
        Label empty = new Label(hint);
        ScrollPane scroll = new ScrollPane(form);
        scroll.setFitToWidth(true);
        scroll.visibleProperty().bind(viewModel.activityProperty().isNotNull());
        empty.visibleProperty().bind(viewModel.activityProperty().isNull());
        return new StackPane(empty, scroll);
    }

    private int text(int row, String label, String id, String key, StringProperty value, BooleanSupplier commit, BooleanProperty shown) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        field.setOnAction(e -> commit.getAsBoolean());
        field.focusedProperty().addListener((o, was, now) -> {
            if (!now) commit.getAsBoolean();
        });
        javafx.beans.binding.StringBinding error = javafx.beans.binding.Bindings.createStringBinding(
                () -> viewModel.errors().getOrDefault(key, ""), viewModel.errors());
        return add(general, row, label, dev.pipewright.studio.controls.InvalidField.decorate(field, error, () -> viewModel.revert(key)), shown);
    }

    private int check(int row, String label, String id, BooleanProperty value, BooleanSupplier commit, BooleanProperty shown) {
        CheckBox box = new CheckBox();
        box.setId(id);
        box.selectedProperty().bindBidirectional(value);
        box.setOnAction(e -> commit.getAsBoolean());
        return add(general, row, label, box, shown);
    }

    private static int add(GridPane grid, int row, String label, Node field, BooleanProperty shown) {
        Label l = new Label(label);
        grid.addRow(row, l, field);
        GridPane.setHgrow(field, Priority.ALWAYS);
        if (shown != null) {
            for (Node n : new Node[] {l, field}) {
                n.visibleProperty().bind(shown);
                n.managedProperty().bind(shown);
            }
        }
        return row + 1;
    }

    private void showMembers() {
        settings.getChildren().clear();
        int row = 0;
        for (PropertiesViewModel.Member m : viewModel.members()) {
            TextField field = new TextField(m.json().contains("\n") ? m.json().replaceAll("\\s*\n\\s*", " ") : m.json());
            field.setId("member-" + m.key());
            field.setOnAction(e -> viewModel.commitMember(m.key(), field.getText()));
            field.focusedProperty().addListener((o, was, now) -> {
                if (!now && !field.getText().equals(m.json())) viewModel.commitMember(m.key(), field.getText());
            });
            field.getStyleClass().add(m.json().startsWith("@") ? "expression-field" : "json-field");
            settings.addRow(row++, new Label(m.key()), field);
            GridPane.setHgrow(field, Priority.ALWAYS);
        }
    }
}
