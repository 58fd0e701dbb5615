package dev.pipewright.studio.author;

import dev.pipewright.core.factory.Factory;
import dev.pipewright.studio.TestFactories;
import dev.pipewright.studio.author.ResourceTreeNode.Type;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Plain JUnit: the view model needs no JavaFX toolkit. */
class ResourceTreeViewModelTest {
    @TempDir
    Path temp;
    private final ResourceTreeViewModel viewModel = new ResourceTreeViewModel();

    @BeforeEach
    void showSmallFactory() throws Exception {
        viewModel.show(Factory.load(TestFactories.small(temp, "contoso")));
    }

    @Test
    void groupsAreInAdfOrderWithTheirCounts() {
        assertEquals(List.of("Pipelines (3)", "Datasets (1)", "Data flows (0)", "Triggers (1)"), labels(viewModel.tree()));
        assertEquals(3, viewModel.total(ResourceCategory.PIPELINES));
    }

    @Test
    void foldersNestAtSlashesAndComeBeforeResources() {
        ResourceTreeNode pipelines = viewModel.tree().child("Pipelines (3)");
        assertEquals(List.of("Sales", "Archive"), labels(pipelines));
        ResourceTreeNode sales = pipelines.child("Sales");
        assertEquals(Type.FOLDER, sales.type());
        assertEquals(List.of("Daily", "LoadSales"), labels(sales));
        ResourceTreeNode returns = sales.child("Daily").child("loadReturns");
        assertEquals(Type.RESOURCE, returns.type());
        assertEquals(List.of("Sales", "Daily"), returns.resource().folder());
        // Datasets have their own "Sales" folder; triggers never have folders.
        assertEquals(List.of("SalesCsv"), labels(viewModel.tree().child("Datasets (1)").child("Sales")));
        assertEquals(List.of("Nightly"), labels(viewModel.tree().child("Triggers (1)")));
    }

    @Test
    void filterKeepsMatchingResourcesAndTheFoldersLeadingToThem() {
        viewModel.filterProperty().set("RETURNS");

        assertTrue(viewModel.filteringProperty().get());
        ResourceTreeNode pipelines = viewModel.tree().child("Pipelines (1)");
        assertNotNull(pipelines, "count shows matches: " + labels(viewModel.tree()));
        assertEquals(List.of("Sales"), labels(pipelines), "Archive and LoadSales are filtered out");
        assertEquals(List.of("Daily"), labels(pipelines.child("Sales")));
        assertEquals(List.of("Datasets (0)", "Data flows (0)", "Triggers (0)"), labels(viewModel.tree()).subList(1, 4));
        assertTrue(viewModel.tree().child("Datasets (0)").children().isEmpty(), "empty folders are dropped");
    }

    @Test
    void filterMatchesAcrossGroupsAndBlankShowsEverything() {
        viewModel.filterProperty().set("  sales ");
        assertEquals(List.of("Pipelines (1)", "Datasets (1)", "Data flows (0)", "Triggers (0)"), labels(viewModel.tree()));

        viewModel.filterProperty().set("   ");
        assertFalse(viewModel.filteringProperty().get());
        assertEquals("Pipelines (3)", viewModel.tree().children().get(0).label());
    }

    @Test
    void filterDoesNotMatchFolderNames() {
        viewModel.filterProperty().set("daily");
        assertEquals(0, viewModel.tree().resourceCount());
    }

    @Test
    void showingAnotherFactoryKeepsTheFilterAndDropsTheSelection() {
        viewModel.filterProperty().set("load");
        viewModel.selectedProperty().set(viewModel.tree().child("Pipelines (2)").child("Sales").child("LoadSales").resource());

        viewModel.clear();

        assertEquals("load", viewModel.filterProperty().get());
        assertNull(viewModel.selectedProperty().get());
        assertEquals(0, viewModel.tree().resourceCount());
        assertEquals(4, viewModel.tree().children().size(), "the four groups stay, empty");
    }

    @Test
    void resourcesAndFoldersSortIgnoringCase() {
        List<ResourceEntry> entries = List.of(
                entry("charlie", List.of()), entry("Alpha", List.of()), entry("beta", List.of()),
                entry("x", List.of("zeta")), entry("y", List.of("Eta")), entry("z", List.of("eta")));
        ResourceTreeNode pipelines = ResourceTreeBuilder.build(entries, "").children().get(0);
        // folders (case-insensitive, ties case-sensitive) first, then resources
        assertEquals(List.of("Eta", "eta", "zeta", "Alpha", "beta", "charlie"), labels(pipelines));
    }

    @Test
    void keysAreUniqueEvenWhenAFolderAndAResourceShareAName() {
        List<ResourceEntry> entries = List.of(entry("Sales", List.of()), entry("Load", List.of("Sales")));
        ResourceTreeNode pipelines = ResourceTreeBuilder.build(entries, "").children().get(0);
        assertFalse(pipelines.children().get(0).key().equals(pipelines.children().get(1).key()));
    }

    @Test
    void folderPathsIgnoreEmptySegments() {
        assertEquals(List.of("Sales", "Daily"), ResourceEntry.splitFolder("/Sales//Daily/"));
        assertEquals(List.of(), ResourceEntry.splitFolder(""));
    }

    private static ResourceEntry entry(String name, List<String> folder) {
        return new ResourceEntry(ResourceCategory.PIPELINES, name, "", folder);
    }

    private static List<String> labels(ResourceTreeNode node) {
        return node.children().stream().map(ResourceTreeNode::label).toList();
    }
}
