package dev.pipewright.studio.properties;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.pipewright.core.codec.AdfJsonWriter;
import dev.pipewright.core.edit.SetPropertyCommand;
import dev.pipewright.core.edit.SetStateCommand;
import dev.pipewright.core.factory.Factory;
import dev.pipewright.core.form.FormValues;
import dev.pipewright.studio.canvas.CanvasViewModel;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.Optional;

/**
 * The bottom properties pane: for the one selected activity ADF's General tab (name, description, state, timeout,
 * retry, retry interval, secure input and output), then its type-specific tabs ({@link #form()}) or, for types
 * without them, a generic editor of its {@code typeProperties}, one JSON value per member; with nothing selected,
 * the pipeline's Parameters, Variables and Settings. Each commit is one undoable command on the canvas's stack.
 */
public final class PropertiesViewModel {
    /** One member of typeProperties and its JSON text. */
    public record Member(String key, String json) {
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final CanvasViewModel canvas;
    private final ReadOnlyStringWrapper activity = new ReadOnlyStringWrapper(this, "activity");
    /** ADF's activity timeout: [d.]hh:mm:ss. */
    private static final java.util.regex.Pattern TIMEOUT = java.util.regex.Pattern.compile("(\\d+\\.)?\\d{1,2}:[0-5]\\d:[0-5]\\d");
    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty description = new SimpleStringProperty(this, "description", "");
    private final BooleanProperty active = new SimpleBooleanProperty(this, "active", true);
    private final StringProperty timeout = new SimpleStringProperty(this, "timeout", "");
    private final StringProperty retry = new SimpleStringProperty(this, "retry", "");
    private final StringProperty retryInterval = new SimpleStringProperty(this, "retryInterval", "");
    private final BooleanProperty secureInput = new SimpleBooleanProperty(this, "secureInput");
    private final BooleanProperty secureOutput = new SimpleBooleanProperty(this, "secureOutput");
    private final BooleanProperty hasPolicy = new SimpleBooleanProperty(this, "hasPolicy");
    private final ObservableList<Member> members = FXCollections.observableArrayList();
    private final FormViewModel form;
    private final BooleanProperty anySelected = new SimpleBooleanProperty(this, "anySelected");

    /** @param factory the editor's factory: its datasets, linked services, pipelines … fill the pickers */
    public PropertiesViewModel(CanvasViewModel canvas, Factory factory) {
        this.canvas = canvas;
        this.form = new FormViewModel(canvas, factory, this::selectedPointer);
        canvas.stack().addListener(this::reload);
        canvas.selectionProperty().addListener((o, a, b) -> {
            errors.clear(); // another activity: its fields show its values
            reload();
        });
        reload();
    }

    /** Shows the activity selected on the canvas, if exactly one is; a field holding a refused value keeps it. */
    public void reload() {
        List<String> selected = canvas.selectedNames();
        String now = selected.size() == 1 ? selected.get(0) : null;
        activity.set(now);
        JsonNode a = now == null ? null : json();
        show("name", name, now == null ? "" : now);
        show("description", description, a == null ? "" : a.path("description").asText(""));
        active.set(a == null || !"Inactive".equals(a.path("state").asText()));
        JsonNode policy = a == null ? null : a.get("policy");
        hasPolicy.set(policy != null && policy.isObject());
        show("timeout", timeout, policy == null ? "" : policy.path("timeout").asText(""));
        show("retry", retry, policy == null || !policy.has("retry") ? "" : policy.get("retry").asText());
        show("retryInterval", retryInterval, policy == null || !policy.has("retryIntervalInSeconds") ? "" : policy.get("retryIntervalInSeconds").asText());
        secureInput.set(policy != null && policy.path("secureInput").asBoolean());
        secureOutput.set(policy != null && policy.path("secureOutput").asBoolean());
        members.clear();
        anySelected.set(!selected.isEmpty());
        if (a != null) a.path("typeProperties").properties().forEach(e -> members.add(new Member(e.getKey(), display(e.getValue()))));
        form.reload(selected.size() > 1);
    }

    private void show(String key, StringProperty field, String value) {
        if (!errors.containsKey(key)) field.set(value);
    }

    /** Why the value typed in a General field was refused, by field ("name", "timeout" …); absent while it is fine. */
    public ObservableMap<String, String> errors() {
        return errors;
    }

    /** Puts the activity's value back into a field that holds a refused one (Escape). */
    public void revert(String key) {
        errors.remove(key);
        reload();
    }

    /** The outcome of a commit of {@code key}: a refusal (with the canvas's reason) marks the field and keeps its text. */
    private boolean outcome(String key, boolean changed, boolean ok) {
        if (!changed || ok) errors.remove(key);
        else errors.put(key, canvas.messageProperty().get());
        return ok;
    }

    private boolean refuse(String key, String why) {
        canvas.tell(why);
        errors.put(key, why);
        return false;
    }

    private Optional<String> selectedPointer() {
        return activity.get() == null ? Optional.empty() : Optional.of(pointer());
    }

    /** True while one or more activities are selected (the General tab is shown then). */
    public BooleanProperty anySelectedProperty() {
        return anySelected;
    }

    /** The tabs after General (type-specific, generic, or the pipeline's). */
    public FormViewModel form() {
        return form;
    }

    /** An expression ({"value": "@…", "type": "Expression"}) is edited as its text; other values as JSON. */
    static String display(JsonNode value) {
        if (value.isObject() && value.size() == 2 && "Expression".equals(value.path("type").asText()) && value.path("value").isTextual()) {
            return value.path("value").asText();
        }
        return AdfJsonWriter.pretty(value);
    }

    private String pointer() {
        String name = activity.get();
        JsonNode list = canvas.pipeline().json().at(canvas.list());
        for (int i = 0; i < list.size(); i++) if (name.equals(list.get(i).path("name").asText())) return canvas.list() + "/" + i;
        throw new IllegalStateException("No activity " + name);
    }

    private JsonNode json() {
        return canvas.pipeline().json().at(pointer());
    }

    public boolean commitName() {
        if (activity.get() == null) return false;
        boolean changed = !name.get().equals(activity.get());
        return outcome("name", changed, changed && canvas.rename(activity.get(), name.get()));
    }

    public boolean commitDescription() {
        String text = description.get().isBlank() ? null : description.get();
        if (activity.get() == null || text == null && !json().has("description")) return false;
        return set("description", "/description", text == null ? null : TextNode.valueOf(text));
    }

    public boolean commitActive() {
        return activity.get() != null && canvas.run(new SetStateCommand(canvas.pipeline(), canvas.list(), List.of(activity.get()), active.get()));
    }

    public boolean commitTimeout() {
        if (activity.get() == null) return false;
        String text = timeout.get().strip();
        if (!text.startsWith("@") && !TIMEOUT.matcher(text).matches()) {
            return refuse("timeout", "Timeout: write it as d.hh:mm:ss, e.g. 0.12:00:00 (at most 7.00:00:00), not '" + text + "'");
        }
        return set("timeout", "/policy/timeout", TextNode.valueOf(text));
    }

    public boolean commitRetry() {
        return commitInt("retry", "Retry", "/policy/retry", retry.get(), 0, Integer.MAX_VALUE);
    }

    public boolean commitRetryInterval() {
        return commitInt("retryInterval", "Retry interval", "/policy/retryIntervalInSeconds", retryInterval.get(), 30, 86400);
    }

    public boolean commitSecureInput() {
        return activity.get() != null && set("secureInput", "/policy/secureInput", BooleanNode.valueOf(secureInput.get()));
    }

    public boolean commitSecureOutput() {
        return activity.get() != null && set("secureOutput", "/policy/secureOutput", BooleanNode.valueOf(secureOutput.get()));
    }

    private boolean commitInt(String key, String label, String path, String text, int min, int max) {
        if (activity.get() == null) return false;
        try {
            int v = Integer.parseInt(text.strip());
            if (v < min || v > max) throw new NumberFormatException();
            return set(key, path, IntNode.valueOf(v));
        } catch (NumberFormatException e) {
            return refuse(key, label + ": enter a whole number from " + min + " to " + max + ", not '" + text.strip() + "'");
        }
    }

    /**
     * Sets a member of the selected activity's typeProperties (the generic editor) from text: "@…" becomes an
     * expression, JSON is parsed, other text is a string.
     */
    public boolean commitMember(String key, String text) {
        if (activity.get() == null) return false;
        JsonNode value;
        if (text.startsWith("@")) {
            value = FormValues.expression(text);
        } else {
            try {
                value = MAPPER.readTree(text);
            } catch (java.io.IOException e) {
                value = TextNode.valueOf(text);
            }
            if (value == null || value.isMissingNode()) value = TextNode.valueOf(text);
        }
        return set("member:" + key, "/typeProperties/" + key.replace("~", "~0").replace("/", "~1"), value);
    }

    private boolean set(String key, String relative, JsonNode value) {
        JsonNode current = canvas.pipeline().json().at(pointer() + relative);
        if (value == null ? current.isMissingNode() : value.equals(current)) return outcome(key, false, false); // nothing changed
        return outcome(key, true, canvas.run(new SetPropertyCommand(canvas.pipeline(), pointer() + relative, value)));
    }

    /** The activity shown, or null when none or several are selected. */
    public ReadOnlyStringProperty activityProperty() {
        return activity.getReadOnlyProperty();
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    public BooleanProperty activeProperty() {
        return active;
    }

    public StringProperty timeoutProperty() {
        return timeout;
    }

    public StringProperty retryProperty() {
        return retry;
    }

    public StringProperty retryIntervalProperty() {
        return retryInterval;
    }

    public BooleanProperty secureInputProperty() {
        return secureInput;
    }

    public BooleanProperty secureOutputProperty() {
        return secureOutput;
    }

    /** False for activity types without a policy (Wait, ForEach …): the policy fields are then hidden. */
    public BooleanProperty hasPolicyProperty() {
        return hasPolicy;
    }

    public ObservableList<Member> members() {
        return members;
    }
}
