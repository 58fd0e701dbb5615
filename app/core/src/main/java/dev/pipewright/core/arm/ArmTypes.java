package dev.pipewright.core.arm;

import dev.pipewright.core.factory.ResourceId;
import dev.pipewright.core.factory.ResourceKind;

import java.util.List;

/**
 * How ARM names the factory's resources: the canonical resource type, the segment of a resource id
 * ({@code integrationRuntimes/<name>}), and the order in which ADF's publish groups the resources of a template.
 */
final class ArmTypes {
    static final String FACTORY = "Microsoft.DataFactory/factories";
    static final String GLOBAL_PARAMETERS = FACTORY + "/globalparameters";
    static final String API_VERSION = "2018-06-01";
    static final String FACTORY_ID = "[variables('factoryId')]";

    /** Pipelines, datasets, linked services, triggers, then the rest: the grouping of ARMTemplateForFactory.json. */
    static final List<ResourceKind> PUBLISH_ORDER = List.of(ResourceKind.PIPELINE, ResourceKind.DATASET, ResourceKind.LINKED_SERVICE,
            ResourceKind.TRIGGER, ResourceKind.INTEGRATION_RUNTIME, ResourceKind.DATA_FLOW, ResourceKind.MANAGED_VIRTUAL_NETWORK,
            ResourceKind.MANAGED_PRIVATE_ENDPOINT, ResourceKind.CREDENTIAL, ResourceKind.CHANGE_DATA_CAPTURE);

    private ArmTypes() {
    }

    /** The plural segment ARM uses for the kind, e.g. {@code linkedServices}. */
    static String segment(ResourceKind kind) {
        return switch (kind) {
            case PIPELINE -> "pipelines";
            case DATASET -> "datasets";
            case DATA_FLOW -> "dataflows";
            case LINKED_SERVICE -> "linkedServices";
            case INTEGRATION_RUNTIME -> "integrationRuntimes";
            case TRIGGER -> "triggers";
            case CREDENTIAL -> "credentials";
            case MANAGED_VIRTUAL_NETWORK -> "managedVirtualNetworks";
            case MANAGED_PRIVATE_ENDPOINT -> "managedVirtualNetworks/managedPrivateEndpoints";
            case CHANGE_DATA_CAPTURE -> "adfcdcs";
            case FACTORY -> "";
        };
    }

    /** {@code Microsoft.DataFactory/factories/<segment>}. */
    static String type(ResourceKind kind) {
        return kind == ResourceKind.FACTORY ? FACTORY : FACTORY + "/" + segment(kind);
    }

    /** The resource's path below the factory, e.g. {@code linkedServices/LS} or {@code managedVirtualNetworks/default/managedPrivateEndpoints/pe}. */
    static String path(ResourceId id) {
        if (id.kind() == ResourceKind.MANAGED_PRIVATE_ENDPOINT) {
            int slash = id.name().indexOf('/');
            return "managedVirtualNetworks/" + id.name().substring(0, slash) + "/managedPrivateEndpoints/" + id.name().substring(slash + 1);
        }
        return segment(id.kind()) + "/" + id.name();
    }

    /** {@code [concat(parameters('factoryName'), '/<name>')]}; quotes in names doubled as ARM expressions need. */
    static String nameExpression(String name) {
        return "[concat(parameters('factoryName'), '/" + name.replace("'", "''") + "')]";
    }

    /** {@code [concat(variables('factoryId'), '/<path>')]}. */
    static String dependsOnExpression(ResourceId id) {
        return "[concat(variables('factoryId'), '/" + path(id).replace("'", "''") + "')]";
    }

    /** The name a parameter of this resource starts with: the resource's own name (an endpoint's without its network). */
    static String parameterPrefix(ResourceId id) {
        String name = id.name();
        return id.kind() == ResourceKind.MANAGED_PRIVATE_ENDPOINT ? name.substring(name.indexOf('/') + 1) : name;
    }
}
