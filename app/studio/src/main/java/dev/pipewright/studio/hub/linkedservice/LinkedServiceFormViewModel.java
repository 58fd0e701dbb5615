package dev.pipewright.studio.hub.linkedservice;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pipewright.core.ir.FieldProblem;
import dev.pipewright.core.manage.LinkedServiceCommon;
import dev.pipewright.core.manage.LinkedServiceForm;
import dev.pipewright.core.manage.LinkedServiceForms;
import dev.pipewright.core.manage.LsField;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The form tab of a linked service (ADF's "New linked service" blade): one string property per field value (secret
 * fields also have their source, Key Vault linked service and secret name), the typed secrets (never written to
 * the JSON), description, annotations and parameters. {@link #load} fills it from a linked service's JSON; every
 * change calls the listener given to {@link #onChange}, which writes it back with {@link #writeInto}. The rules
 * are core's ({@link LinkedServiceForm}); this class only holds the values.
 */
public final class LinkedServiceFormViewModel {
    /** One parameter row. */
    public static final class Parameter {
        public final StringProperty name = new SimpleStringProperty(this, "name", "");
        public final StringProperty type = new SimpleStringProperty(this, "type", "String");
        public final StringProperty defaultValue = new SimpleStringProperty(this, "defaultValue", "");

        Parameter(LinkedServiceCommon.Parameter p) {
            name.set(p.name());
            type.set(p.type());
            defaultValue.set(p.defaultValue());
        }

        LinkedServiceCommon.Parameter value() {
            return new LinkedServiceCommon.Parameter(name.get(), type.get(), defaultValue.get());
        }
    }

    public final StringProperty description = new SimpleStringProperty(this, "description", "");
    public final StringProperty annotations = new SimpleStringProperty(this, "annotations", "");
    private final ReadOnlyObjectWrapper<LinkedServiceForm> form = new ReadOnlyObjectWrapper<>(this, "form");
    private final Map<String, StringProperty> values = new LinkedHashMap<>();
    private final Map<String, StringProperty> typed = new LinkedHashMap<>();
    private final ObservableList<Parameter> parameters = FXCollections.observableArrayList(
            p -> new Observable[]{p.name, p.type, p.defaultValue});
    private Runnable onChange = () -> { };
    private boolean loading;

    public LinkedServiceFormViewModel() {
        description.addListener((o, a, b) -> changed());
        annotations.addListener((o, a, b) -> changed());
        parameters.addListener((javafx.collections.ListChangeListener<Parameter>) c -> changed());
    }

    /** Called after every change made in the form (not during {@link #load}). */
    public void onChange(Runnable listener) {
        this.onChange = listener;
    }

    private void changed() {
        if (!loading) onChange.run();
    }

    /**
     * Shows {@code json} in the form; {@code fresh}: a new linked service, whose fields start at the form's defaults.
     * A type without a form leaves only description, annotations and parameters.
     */
    public void load(ObjectNode json, boolean fresh) {
        loading = true;
        try {
            LinkedServiceForm f = LinkedServiceForms.of(json.path("properties").path("type").asText()).orElse(null);
            if (f != form.get()) {
                values.clear();
                typed.clear();
                form.set(null);
            }
            if (f != null) {
                Map<String, String> read = fresh ? f.defaults() : f.read(json);
                read.forEach((k, v) -> value(k).set(v));
                // typed secrets stay: the JSON never holds them (see clearTypedSecrets)
                for (LsField field : f.fields()) {
                    if (field.kind() == LsField.Kind.SECRET) typedSecret(field.id());
                }
            }
            description.set(LinkedServiceCommon.description(json));
            annotations.set(LinkedServiceCommon.annotations(json));
            parameters.setAll(LinkedServiceCommon.parameters(json).stream().map(Parameter::new).toList());
            form.set(f);
        } finally {
            loading = false;
        }
    }

    /** The value of a field (or of a secret's source, store or secret name), created on first use. */
    public StringProperty value(String key) {
        return values.computeIfAbsent(key, k -> {
            StringProperty p = new SimpleStringProperty(this, k, "");
            p.addListener((o, a, b) -> changed());
            return p;
        });
    }

    /** What the user typed into a secret field; kept here until applied, never in the JSON. */
    public StringProperty typedSecret(String fieldId) {
        return typed.computeIfAbsent(fieldId, k -> {
            StringProperty p = new SimpleStringProperty(this, k, "");
            p.addListener((o, a, b) -> changed());
            return p;
        });
    }

    public Map<String, String> snapshot() {
        Map<String, String> m = new LinkedHashMap<>();
        values.forEach((k, p) -> m.put(k, p.get() == null ? "" : p.get()));
        return m;
    }

    private Map<String, String> typedSnapshot() {
        Map<String, String> m = new LinkedHashMap<>();
        typed.forEach((k, p) -> m.put(k, p.get() == null ? "" : p.get()));
        return m;
    }

    public List<LinkedServiceCommon.Parameter> parameterValues() {
        return parameters.stream().map(Parameter::value).toList();
    }

    /** Writes the form into {@code json} (in place); returns the typed secrets by secret-store property. */
    public Map<String, String> writeInto(ObjectNode json) {
        Map<String, String> secrets = form.get() == null ? Map.of() : form.get().write(json, snapshot(), typedSnapshot());
        LinkedServiceCommon.write(json, description.get(), annotations.get(), parameterValues());
        return secrets;
    }

    /** What ADF would refuse in the form; {@code hasSecret} says whether a secret (by store property) is kept already. */
    public List<FieldProblem> check(Function<String, Boolean> hasSecret) {
        List<FieldProblem> problems = new ArrayList<>();
        if (form.get() != null) problems.addAll(form.get().check(snapshot(), typedSnapshot(), hasSecret));
        problems.addAll(LinkedServiceCommon.check(parameterValues()));
        return problems;
    }

    /** Forgets what was typed into secret fields (after it went to the secret store). */
    public void clearTypedSecrets() {
        loading = true;
        try {
            typed.values().forEach(p -> p.set(""));
        } finally {
            loading = false;
        }
    }

    public Parameter addParameter() {
        Parameter p = new Parameter(new LinkedServiceCommon.Parameter("param" + (parameters.size() + 1), "String", ""));
        parameters.add(p);
        return p;
    }

    public ObservableList<Parameter> parameters() {
        return parameters;
    }

    /** The form of the linked service's type; null when Pipewright has none (the code view still edits it). */
    public ReadOnlyObjectProperty<LinkedServiceForm> formProperty() {
        return form.getReadOnlyProperty();
    }
}
