package dev.pipewright.runtime.placement;

import dev.pipewright.core.factory.Factory;
import dev.pipewright.core.factory.Resource;
import dev.pipewright.core.factory.ResourceKind;
import dev.pipewright.core.model.Dataset;
import dev.pipewright.core.model.LinkedService;
import dev.pipewright.runtime.profile.EnvironmentProfile;
import dev.pipewright.runtime.profile.Network;

import java.util.Optional;

/**
 * Linked services (and the datasets that lead to them) with their environment: type, IR, region and
 * network from the profile. Looked up by name, ignoring case, and cached.
 */
final class Stores {
    /**
     * One linked service's store.
     *
     * @param name        as the factory spells it (or as referenced, when missing)
     * @param type        the linked-service type, e.g. {@code AzureBlobStorage}; "" when missing
     * @param runtimeName its {@code connectVia}, or null for the default IR
     * @param region      the profile's region for it, found in the catalog, or null
     * @param network     public unless the profile puts it on a private network
     * @param resource    the linked service file, or null when missing
     */
    record Store(String name, String type, String runtimeName, Region region, Network network, Resource resource) {
        boolean exists() {
            return resource != null;
        }

        boolean detectable() {
            return StoreTypes.isDetectable(type);
        }
    }

    /** What a dataset reference leads to: the dataset file (null when missing) and its linked service name. */
    record DatasetLink(String dataset, Resource resource, String linkedService) {
        boolean exists() {
            return resource != null;
        }
    }

    private final Factory factory;
    private final EnvironmentProfile profile;
    private final RegionCatalog catalog;
    private final NameMemo<Store> stores = new NameMemo<>(this::load);
    private final NameMemo<DatasetLink> datasets = new NameMemo<>(this::loadDataset);

    Stores(Factory factory, EnvironmentProfile profile, RegionCatalog catalog) {
        this.factory = factory;
        this.profile = profile;
        this.catalog = catalog;
    }

    Store linkedService(String name) {
        return stores.get(name);
    }

    DatasetLink dataset(String name) {
        return datasets.get(name);
    }

    private DatasetLink loadDataset(String name) {
        Optional<Resource> file = factory.get(ResourceKind.DATASET, name);
        String ls = file.flatMap(f -> new Dataset(f).linkedServiceName()).orElse(null);
        return new DatasetLink(file.map(Resource::name).orElse(name), file.orElse(null), ls);
    }

    private Store load(String name) {
        EnvironmentProfile.LinkedServiceSettings settings = profile.linkedService(name);
        Region region = settings.region().flatMap(catalog::find).orElse(null);
        Optional<Resource> file = factory.get(ResourceKind.LINKED_SERVICE, name);
        if (file.isEmpty()) return new Store(name, "", null, region, settings.network(), null);
        LinkedService ls = new LinkedService(file.get());
        return new Store(ls.name(), ls.type(), ls.connectVia().orElse(null), region, settings.network(), file.get());
    }
}
