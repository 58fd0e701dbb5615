package dev.pipewright.studio.hub.credential;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pipewright.core.codec.AdfJsonWriter;
import dev.pipewright.core.factory.Factory;
import dev.pipewright.core.factory.ResourceKind;
import dev.pipewright.core.factory.ResourceId;
import dev.pipewright.core.manage.CredentialSettings;
import dev.pipewright.core.manage.Deletion;
import dev.pipewright.core.manage.ResourceJsonEditor;
import dev.pipewright.core.model.Credential;
import dev.pipewright.core.model.LinkedService;
import dev.pipewright.core.problem.Problem;
import dev.pipewright.runtime.secrets.SecretKey;
import dev.pipewright.studio.hub.CommandStack;
import dev.pipewright.studio.hub.DeleteCommand;
import dev.pipewright.studio.hub.FactorySaver;
import dev.pipewright.studio.hub.HubServices;
import dev.pipewright.studio.hub.ResourceCommand;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.List;

/**
 * Manage › Credentials: user-assigned managed identities and service principals. The form writes ADF's JSON; a
 * typed service principal key goes to the secret store (the file keeps ADF's masked value), or the key is an
 * Azure Key Vault secret reference.
 */
public final class CredentialsViewModel {
    public final StringProperty name = new SimpleStringProperty(this, "name", "");
    public final StringProperty type = new SimpleStringProperty(this, "type", CredentialSettings.MANAGED_IDENTITY);
    public final StringProperty resourceId = new SimpleStringProperty(this, "resourceId", "");
    public final StringProperty tenant = new SimpleStringProperty(this, "tenant", "");
    public final StringProperty servicePrincipalId = new SimpleStringProperty(this, "servicePrincipalId", "");
    public final BooleanProperty keyInKeyVault = new SimpleBooleanProperty(this, "keyInKeyVault", false);
    public final StringProperty keyVault = new SimpleStringProperty(this, "keyVault", "");
    public final StringProperty secretName = new SimpleStringProperty(this, "secretName", "");
    public final StringProperty key = new SimpleStringProperty(this, "key", "");
    private final ObservableList<String> names = FXCollections.observableArrayList();
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final HubServices services;
    private final CommandStack commands;
    private final FactorySaver saver;
    private Factory factory;
    private String scope;
    private boolean existing;

    public CredentialsViewModel(HubServices services, CommandStack commands, FactorySaver saver) {
        this.services = services;
        this.commands = commands;
        this.saver = saver;
    }

    public void show(Factory factory, String scope) {
        this.factory = factory;
        this.scope = scope;
        names.setAll(factory == null ? List.of() : Credential.all(factory).stream().map(Credential::name).toList());
        startNew();
    }

    public void startNew() {
        existing = false;
        for (StringProperty p : List.of(name, resourceId, tenant, servicePrincipalId, keyVault, secretName, key)) p.set("");
        type.set(CredentialSettings.MANAGED_IDENTITY);
        keyInKeyVault.set(false);
        problems.clear();
    }

    /** Shows an existing credential in the form. */
    public void open(String credential) {
        Credential c = new Credential(factory.get(ResourceKind.CREDENTIAL, credential).orElseThrow());
        existing = true;
        name.set(c.name());
        type.set(c.type());
        ObjectNode tp = c.typeProperties();
        resourceId.set(tp.path("resourceId").asText(""));
        tenant.set(tp.path("tenant").asText(""));
        servicePrincipalId.set(tp.path("servicePrincipalId").asText(""));
        JsonNode k = tp.path("servicePrincipalKey");
        keyInKeyVault.set("AzureKeyVaultSecret".equals(k.path("type").asText()));
        keyVault.set(k.path("store").path("referenceName").asText(""));
        secretName.set(k.path("secretName").asText(""));
        key.set("");
        problems.clear();
    }

    /** Key Vault linked services of the factory, for the key reference. */
    public List<String> keyVaults() {
        return factory == null ? List.of() : LinkedService.all(factory).stream().filter(ls -> ls.type().equals("AzureKeyVault"))
                .map(LinkedService::name).toList();
    }

    private SecretKey secretKey() {
        return new SecretKey(scope, "credential/" + name.get().trim(), CredentialSettings.KEY_PROPERTY);
    }

    /** Checks the form as ADF does and saves; false, with the findings in {@link #problems()}, when refused. */
    public boolean apply() {
        boolean sp = CredentialSettings.SERVICE_PRINCIPAL.equals(type.get());
        boolean vault = sp && keyInKeyVault.get();
        String typed = sp && !vault && !key.get().isEmpty() ? key.get() : null;
        CredentialSettings settings = new CredentialSettings(name.get().trim(), null, type.get(), resourceId.get(), tenant.get(),
                servicePrincipalId.get(), vault ? keyVault.get() : null, vault ? secretName.get() : null, typed);
        boolean stored = existing && services.isUnlocked() && services.secrets().contains(secretKey());
        List<Problem> found = new ArrayList<>(settings.check(stored));
        ObjectNode json = settings.json();
        ResourceJsonEditor.Result shape = ResourceJsonEditor.check(factory, ResourceKind.CREDENTIAL, settings.name(), existing,
                AdfJsonWriter.pretty(json));
        found.addAll(shape.problems());
        if (typed != null && !services.isUnlocked()) {
            found.add(0, Problem.of(dev.pipewright.core.problem.ProblemCode.CREDENTIAL_VALUE_INVALID, null, null, 0, 0,
                    "Unlock the local secret store first: the key goes there, the file keeps ADF's masked value", ""));
        }
        problems.setAll(found.stream().map(Problem::message).toList());
        if (found.stream().anyMatch(Problem::isError)) return false;
        if (typed != null) services.secrets().put(secretKey(), typed);
        ObjectNode before = factory.get(ResourceKind.CREDENTIAL, settings.name()).map(r -> r.json().deepCopy()).orElse(null);
        commands.execute(new ResourceCommand(factory, saver, ResourceKind.CREDENTIAL, settings.name(), before, json,
                (existing ? "Edit" : "Create") + " credential " + settings.name()));
        existing = true;
        key.set("");
        names.setAll(Credential.all(factory).stream().map(Credential::name).toList());
        return true;
    }

    /** Deletes a credential unless linked services or IRs reference it (then why is in {@link #problems()}). */
    public boolean delete(String credential) {
        ResourceId id = ResourceId.of(ResourceKind.CREDENTIAL, credential);
        var refusal = Deletion.refusal(factory, id);
        if (refusal.isPresent()) {
            problems.setAll(refusal.get().message());
            return false;
        }
        commands.execute(new DeleteCommand(factory, saver, id, services.isUnlocked() ? services.secrets() : null, scope, null));
        problems.setAll(commands.lastActionProperty().get());
        refreshNames();
        if (name.get().trim().equalsIgnoreCase(credential)) startNew();
        return true;
    }

    /** Reads the credential names again (after an undo or redo). */
    public void refreshNames() {
        names.setAll(factory == null ? List.of() : Credential.all(factory).stream().map(Credential::name).toList());
    }

    public ObservableList<String> names() {
        return names;
    }

    public ObservableList<String> problems() {
        return problems;
    }

    public boolean isExisting() {
        return existing;
    }
}
