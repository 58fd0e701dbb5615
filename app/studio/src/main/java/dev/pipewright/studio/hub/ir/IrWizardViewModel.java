package dev.pipewright.studio.hub.ir;

import dev.pipewright.core.factory.Factory;
import dev.pipewright.core.ir.AzureIrSettings;
import dev.pipewright.core.ir.FieldProblem;
import dev.pipewright.core.ir.IrContext;
import dev.pipewright.core.ir.IrFields;
import dev.pipewright.core.ir.IrListing;
import dev.pipewright.core.ir.IrSettings;
import dev.pipewright.core.ir.IrValidator;
import dev.pipewright.core.ir.LinkedSelfHostedIrSettings;
import dev.pipewright.core.ir.SelfHostedIrSettings;
import dev.pipewright.core.ir.SsisIrSettings;
import dev.pipewright.core.ir.SsisNodeSizes;
import dev.pipewright.core.model.Credential;
import dev.pipewright.core.model.IntegrationRuntime;
import dev.pipewright.core.model.LinkedService;
import dev.pipewright.core.problem.ProblemCode;
import dev.pipewright.runtime.ir.ManagedRuntimes;
import dev.pipewright.runtime.ir.SsisCost;
import dev.pipewright.runtime.placement.Region;
import dev.pipewright.runtime.placement.RegionCatalog;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The create/edit wizard of one IR: kind, name (checked live with ADF's rule), description and the kind's
 * fields. {@link #check()} builds the settings and validates them as ADF does; the problems it finds are in
 * {@link #problems()}, each with its field, so the view can mark the control.
 */
public final class IrWizardViewModel {
    public final ObjectProperty<IntegrationRuntime.Kind> kind;
    public final StringProperty name = new SimpleStringProperty(this, "name", "");
    public final StringProperty description = new SimpleStringProperty(this, "description", "");
    public final StringProperty linkedResourceId = new SimpleStringProperty(this, "linkedResourceId", "");
    public final AzureIrForm azure = new AzureIrForm();
    public final SsisIrForm ssis = new SsisIrForm();

    private final ManagedRuntimes runtimes;
    private final String editing;
    private final ObservableList<FieldProblem> problems = FXCollections.observableArrayList();
    /** Whether {@link #check()} ran: from then on the name's findings follow the live name check. */
    private boolean checked;
    private final ReadOnlyStringWrapper nameMessage = new ReadOnlyStringWrapper(this, "nameMessage", "");
    private final StringBinding costEstimate;

    private IrWizardViewModel(ManagedRuntimes runtimes, IntegrationRuntime.Kind initialKind, String editing) {
        this.runtimes = runtimes;
        this.editing = editing;
        this.kind = new SimpleObjectProperty<>(this, "kind", initialKind);
        name.addListener((obs, old, now) -> checkName());
        costEstimate = Bindings.createStringBinding(this::cost, ssis.nodeSize, ssis.nodes);
    }

    /** A wizard for a new IR of {@code kind}. */
    public static IrWizardViewModel create(ManagedRuntimes runtimes, IntegrationRuntime.Kind kind) {
        return new IrWizardViewModel(runtimes, kind, null);
    }

    /** A wizard showing the existing IR {@code name}; name and kind are fixed, as in ADF. */
    public static IrWizardViewModel edit(ManagedRuntimes runtimes, String name) {
        IrSettings settings = runtimes.settings(name);
        IrWizardViewModel vm = new IrWizardViewModel(runtimes, settings.kind(), settings.name());
        vm.load(settings);
        return vm;
    }

    private void load(IrSettings s) {
        name.set(s.name());
        description.set(s.description() == null ? "" : s.description());
        if (s instanceof AzureIrSettings a) azure.load(a);
        if (s instanceof SsisIrSettings x) ssis.load(x);
        if (s instanceof LinkedSelfHostedIrSettings l) linkedResourceId.set(l.resourceId() == null ? "" : l.resourceId());
    }

    public boolean isEditing() {
        return editing != null;
    }

    public ManagedRuntimes runtimes() {
        return runtimes;
    }

    /** The kinds "+ New" offers: all four, without Azure-SSIS in Synapse mode. */
    public List<IntegrationRuntime.Kind> offeredKinds() {
        List<IntegrationRuntime.Kind> kinds = new ArrayList<>(List.of(IntegrationRuntime.Kind.values()));
        kinds.remove(IntegrationRuntime.Kind.AZURE_SSIS);
        kinds.add(IntegrationRuntime.Kind.AZURE_SSIS);
        if (runtimes.synapse()) kinds.remove(IntegrationRuntime.Kind.AZURE_SSIS);
        return kinds;
    }

    /** "Auto Resolve" then every region with Azure IRs, by display name. */
    public static List<String> azureRegions() {
        List<String> list = new ArrayList<>(List.of(IrListing.AUTO_RESOLVE_REGION));
        list.addAll(ssisRegions());
        return list;
    }

    public static List<String> ssisRegions() {
        return RegionCatalog.standard().regions().stream().filter(Region::azureIrOffered).map(Region::displayName).sorted().toList();
    }

    public static List<String> nodeSizes() {
        return SsisNodeSizes.all().stream().map(SsisNodeSizes.NodeSize::name).toList();
    }

    /** Self-hosted IRs of the factory, for the Azure-SSIS proxy. */
    public List<String> selfHostedRuntimes() {
        return IntegrationRuntime.all(factory()).stream().filter(ir -> ir.kind().isSelfHosted()).map(IntegrationRuntime::name).toList();
    }

    public List<String> blobLinkedServices() {
        return LinkedService.all(factory()).stream().filter(ls -> ls.type().equals("AzureBlobStorage")).map(LinkedService::name).toList();
    }

    public List<String> credentials() {
        return Credential.all(factory()).stream().map(Credential::name).toList();
    }

    private Factory factory() {
        return runtimes.factory();
    }

    private IrContext context() {
        return isEditing() ? runtimes.editContext(editing) : runtimes.createContext();
    }

    /** The live check; the last {@link #check()}'s findings about the name follow it (a fixed name clears them). */
    private void checkName() {
        List<FieldProblem> found = IrValidator.validateName(name.get(), context());
        nameMessage.set(found.isEmpty() ? "" : found.get(0).message());
        if (!checked) return;
        List<FieldProblem> updated = new ArrayList<>(problems);
        int at = Math.max(0, indexOfField(updated, IrFields.NAME));
        updated.removeIf(p -> p.field().equals(IrFields.NAME));
        updated.addAll(at, found);
        problems.setAll(updated);
    }

    private static int indexOfField(List<FieldProblem> list, String field) {
        for (int i = 0; i < list.size(); i++) if (list.get(i).field().equals(field)) return i;
        return -1;
    }

    /** The live name check's message, empty when the name is fine. */
    public ReadOnlyStringProperty nameMessageProperty() {
        return nameMessage.getReadOnlyProperty();
    }

    /** The settings as typed, with number fields that are not numbers reported into {@code values}. */
    IrSettings settings(FormValues values) {
        String n = name.get() == null ? "" : name.get().trim();
        String d = FormValues.text(description);
        return switch (kind.get()) {
            case AZURE -> azure.toSettings(n, d, values);
            case SELF_HOSTED -> new SelfHostedIrSettings(n, d);
            case LINKED_SELF_HOSTED -> new LinkedSelfHostedIrSettings(n, d, FormValues.text(linkedResourceId));
            case AZURE_SSIS -> ssis.toSettings(n, d, values);
        };
    }

    /**
     * Builds and validates the settings. Returns them when nothing blocks (warnings may remain in
     * {@link #problems()}); empty when there are errors.
     */
    public Optional<IrSettings> check() {
        FormValues values = new FormValues();
        IrSettings settings = settings(values);
        List<FieldProblem> found = new ArrayList<>(values.problems());
        found.addAll(IrValidator.validate(settings, context()));
        if (isEditing() && kind.get() == IntegrationRuntime.Kind.AZURE_SSIS && !runtimes.ssis().canEdit(editing)) {
            found.add(0, new FieldProblem(IrFields.TYPE, ProblemCode.SSIS_EDIT_WHILE_RUNNING, "'" + editing + "' is "
                    + runtimes.ssis().state(editing).label() + "; ADF edits an Azure-SSIS IR only when it is stopped", "Stop it first"));
        }
        checked = true;
        problems.setAll(found);
        return found.stream().anyMatch(FieldProblem::isError) ? Optional.empty() : Optional.of(settings);
    }

    /** Findings of the last {@link #check()}. */
    public ObservableList<FieldProblem> problems() {
        return problems;
    }

    /** Findings of the last check for one field. */
    public List<FieldProblem> problemsOf(String field) {
        return problems.stream().filter(p -> p.field().equals(field)).toList();
    }

    /** Whether the settings as typed carry a secret (the store must be unlocked before saving). */
    public boolean writesSecrets() {
        return !settings(new FormValues()).secrets().isEmpty();
    }

    /** The command that saves the checked settings. */
    IrCommand command(IrSettings settings, dev.pipewright.studio.hub.FactorySaver saver) {
        return new IrCommand(runtimes, saver, settings, !isEditing());
    }

    /** The Azure-SSIS hourly estimate for the node size and number typed, with its source. */
    public StringBinding costEstimateProperty() {
        return costEstimate;
    }

    private String cost() {
        int nodes;
        try {
            nodes = Integer.parseInt(ssis.nodes.get().trim());
        } catch (RuntimeException e) {
            return "";
        }
        return SsisCost.hourly(ssis.nodeSize.get(), nodes).map(e -> "Estimated " + e.label() + " while started. Source: " + e.source())
                .orElse("");
    }
}
