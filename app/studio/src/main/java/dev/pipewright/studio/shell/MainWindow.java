package dev.pipewright.studio.shell;

import dev.pipewright.core.factory.Resource;
import dev.pipewright.studio.author.AuthorView;
import dev.pipewright.studio.author.ValidateAllWindow;
import dev.pipewright.studio.author.UnsavedPrompt;
import dev.pipewright.studio.editor.EditorPane;
import dev.pipewright.studio.git.SourceControlShell;
import dev.pipewright.studio.hub.HubServices;
import dev.pipewright.studio.hub.ManageHubView;
import dev.pipewright.studio.hub.ManageHubViewModel;
import dev.pipewright.studio.hub.monitor.MonitorHubView;
import dev.pipewright.studio.theme.Theme;
import javafx.application.Platform;
import javafx.concurrent.WorkerStateEvent;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.stage.DirectoryChooser;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The studio's main window content: menu bar on top, hub rail on the left, the selected hub in the
 * middle, status bar at the bottom. It also keeps the scene's stylesheets in step with the theme.
 */
public final class MainWindow extends BorderPane {
    /** Ctrl+F (Cmd+F on macOS): focus the resource filter. */
    public static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
    /** Ctrl+Shift+T: switch between the light and the dark theme. */
    public static final KeyCombination TOGGLE_THEME =
            new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);

    private final MainWindowViewModel viewModel;
    private final AuthorView authorView;
    private final ManageHubView manageView;
    private final HubServices services;
    private final Map<Hub, Node> hubViews = new EnumMap<>(Hub.class);
    private final SourceControlShell sourceControl;
    private final DiskWatch diskWatch;
    private final WelcomeView welcome;
    private CrashJournal crashJournal;
    private boolean welcomeRequested;
    private final org.controlsfx.control.NotificationPane notifications = new org.controlsfx.control.NotificationPane();

    /** A window with services in their standard places (tests; the application passes its own). */
    public MainWindow(MainWindowViewModel viewModel) {
        this(viewModel, HubServices.standard());
    }

    /**
     * @param services what every hub shares, created once: the I/O executor, the stores, and the active environment
     *                 profile, which the Author hub's placement badges, Test connection and Preview data follow
     */
    public MainWindow(MainWindowViewModel viewModel, HubServices services) {
        this(viewModel, services, dev.pipewright.git.GitSettingsStore.inMemory());
    }

    /** @param gitSettings where each working copy's git settings are kept (the workspace store) */
    public MainWindow(MainWindowViewModel viewModel, HubServices services, dev.pipewright.git.GitSettingsStore gitSettings) {
        this.viewModel = viewModel;
        this.services = services;
        getStyleClass().add("main-window");

        viewModel.editors().useServices(services);
        authorView = new AuthorView(viewModel.resourceTree(), viewModel.editors(), viewModel.resources());
        hubViews.put(Hub.AUTHOR, authorView);
        ManageHubViewModel manage = new ManageHubViewModel(viewModel.factoryProperty(), services);
        hubViews.put(Hub.MONITOR, new MonitorHubView(new ComingSoonView(Hub.MONITOR,
                "Pipeline, trigger and activity runs of local runs will be listed here."), manage));
        manageView = new ManageHubView(manage);
        hubViews.put(Hub.MANAGE, manageView);
        viewModel.editors().setOnNewLinkedService(() -> {
            viewModel.hubProperty().set(Hub.MANAGE);
            manageView.select(ManageHubView.LINKED_SERVICES);
        });

        sourceControl = SourceControlShell.create(gitSettings, services, viewModel.factoryRootProperty(),
                () -> getScene() == null ? null : getScene().getWindow(), this::whenChangesHandled, viewModel::open);
        sourceControl.viewModel().setOnFilesChanged(viewModel::reload);
        hubViews.put(Hub.CHANGES, sourceControl.changesView());
        authorView.resourceTree().showChanges(sourceControl.viewModel().changeById());
        viewModel.hubProperty().addListener((obs, old, hub) -> {
            if (hub == Hub.CHANGES) sourceControl.viewModel().refresh();
        });

        MenuBar menuBar = createMenuBar();
        javafx.scene.layout.HBox top = new javafx.scene.layout.HBox(menuBar, validateAllButton(), publishButton(), sourceControl.branchSelector());
        top.getStyleClass().add("top-bar");
        top.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        javafx.scene.layout.HBox.setHgrow(menuBar, javafx.scene.layout.Priority.ALWAYS);
        setTop(top);
        NavigationRail rail = new NavigationRail(viewModel.hubProperty());
        // a hub button leaves the Welcome page, also the button of the hub already chosen
        rail.addEventHandler(javafx.event.ActionEvent.ACTION, e -> {
            welcomeRequested = false;
            updateCenter();
        });
        setLeft(rail);
        setBottom(new StatusBar(viewModel, () -> ValidateAllWindow.show(getScene() == null ? null : getScene().getWindow(), viewModel.editors()),
                services.tasks()));
        // every hub sits under one notification bar: files changed on disk while edits are unsaved are told there
        notifications.setId("disk-changes");
        notifications.setShowFromTop(true);
        welcome = new WelcomeView(viewModel, services.executor(), this::chooseFactory, this::cloneRepository, demoFactory(),
                root -> whenChangesHandled("open another factory", () -> viewModel.open(root)));
        viewModel.hubProperty().addListener((obs, old, hub) -> {
            welcomeRequested = false;
            updateCenter();
        });
        viewModel.factoryRootProperty().addListener((obs, old, root) -> {
            welcomeRequested = false;
            updateCenter();
        });
        updateCenter();
        setCenter(notifications);
        diskWatch = new DiskWatch(viewModel, services.executor());
        closeWatchWhenWindowGoes();
        diskWatch.pendingProperty().addListener((obs, old, pending) -> showNotice());
        diskWatch.noteProperty().addListener((obs, old, note) -> showNotice());
        sourceControl.viewModel().mergeProperty().addListener((obs, old, merge) -> showNotice());
        viewModel.hubProperty().addListener((obs, old, hub) -> showNotice());

        sceneProperty().addListener((obs, old, scene) -> applyTheme());
        viewModel.themeProperty().addListener((obs, old, theme) -> applyTheme());
    }

    /** A scene of this window with the current theme applied. */
    public Scene createScene(double width, double height) {
        return new Scene(this, width, height);
    }

    /** Shows the Author hub and puts the cursor into its filter box. */
    public void focusResourceFilter() {
        viewModel.hubProperty().set(Hub.AUTHOR);
        authorView.resourceTree().focusFilter();
    }

    /** Replaces the theme stylesheets on the scene; stylesheets that are not a theme's stay. */
    private void applyTheme() {
        Scene scene = getScene();
        if (scene == null) return;
        for (Theme theme : Theme.values()) scene.getStylesheets().removeAll(theme.stylesheets());
        scene.getStylesheets().addAll(viewModel.themeProperty().get().stylesheets());
    }

    private MenuBar createMenuBar() {
        MenuItem open = new MenuItem("Open factory…");
        open.setAccelerator(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN));
        open.setOnAction(e -> chooseFactory());
        Menu recent = new Menu("Open recent");
        recent.setId("menu-recent");
        Runnable fillRecent = () -> recent.getItems().setAll(viewModel.recentFactories().stream().map(root -> {
            MenuItem item = new MenuItem(root.toString());
            item.setOnAction(e -> whenChangesHandled("open another factory", () -> viewModel.open(root)));
            return item;
        }).toList());
        viewModel.recentFactories().addListener((javafx.collections.ListChangeListener<Path>) c -> fillRecent.run());
        fillRecent.run();
        recent.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(viewModel.recentFactories()));
        MenuItem reload = new MenuItem("Reload from disk");
        reload.setAccelerator(new KeyCodeCombination(KeyCode.F5));
        reload.disableProperty().bind(viewModel.factoryRootProperty().isNull());
        reload.setOnAction(e -> whenChangesHandled("reload the factory from disk", viewModel::reload));
        MenuItem exit = new MenuItem("Exit");
        exit.setOnAction(e -> whenChangesHandled("exit", Platform::exit));
        MenuItem save = editorItem("Save", "menu-save", new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN),
                EditorPane::save);
        MenuItem saveAll = new MenuItem("Save all");
        saveAll.setId("menu-save-all");
        saveAll.setAccelerator(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        saveAll.disableProperty().bind(viewModel.factoryProperty().isNull());
        saveAll.setOnAction(e -> viewModel.editors().saveAll());
        MenuItem cloneRepository = new MenuItem("Clone repository…");
        cloneRepository.setId("menu-clone");
        cloneRepository.setOnAction(e -> cloneRepository());
        Menu file = new Menu("File", null, open, recent, cloneRepository, reload, new SeparatorMenuItem(), save, saveAll, new SeparatorMenuItem(), exit);

        Menu edit = new Menu("Edit", null,
                editorItem("Undo", "menu-undo", new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN), EditorPane::undo),
                editorItem("Redo", "menu-redo", new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN), EditorPane::redo),
                new SeparatorMenuItem(),
                editorItem("Copy", "menu-copy", new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN), EditorPane::copy),
                editorItem("Paste", "menu-paste", new KeyCodeCombination(KeyCode.V, KeyCombination.SHORTCUT_DOWN), EditorPane::paste),
                editorItem("Delete", "menu-delete", new KeyCodeCombination(KeyCode.DELETE), EditorPane::delete),
                editorItem("Select all", "menu-select-all", new KeyCodeCombination(KeyCode.A, KeyCombination.SHORTCUT_DOWN),
                        EditorPane::selectAll),
                new SeparatorMenuItem(),
                editorItem("Validate", "menu-validate", new KeyCodeCombination(KeyCode.V, KeyCombination.SHORTCUT_DOWN,
                        KeyCombination.SHIFT_DOWN), EditorPane::validate),
                validateAllItem());

        MenuItem find = new MenuItem("Find resource");
        find.setId("menu-find");
        find.setAccelerator(FIND);
        find.setOnAction(e -> focusResourceFilter());
        CheckMenuItem dark = new CheckMenuItem("Dark theme");
        dark.setId("menu-dark-theme");
        dark.setAccelerator(TOGGLE_THEME);
        dark.setSelected(viewModel.themeProperty().get() == Theme.DARK);
        // The menu item and the view model stay in step both ways (the shortcut fires the item).
        dark.selectedProperty().addListener((obs, was, on) -> viewModel.themeProperty().set(on ? Theme.DARK : Theme.LIGHT));
        viewModel.themeProperty().addListener((obs, old, theme) -> dark.setSelected(theme == Theme.DARK));
        MenuItem fit = editorItem("Zoom to fit", "menu-fit", new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN),
                EditorPane::fit);
        Menu view = new Menu("View", null, find, fit, new SeparatorMenuItem(), dark);

        MenuItem welcomeItem = new MenuItem("Welcome");
        welcomeItem.setId("menu-welcome");
        welcomeItem.setOnAction(e -> showWelcome());
        MenuItem shortcuts = new MenuItem("Keyboard shortcuts");
        shortcuts.setId("menu-shortcuts");
        MenuItem about = new MenuItem("About Pipewright");
        about.setId("menu-about");
        about.setOnAction(e -> HelpWindows.about(getScene() == null ? null : getScene().getWindow()));
        MenuItem docs = new MenuItem("Documentation");
        docs.setId("menu-docs");
        docs.setOnAction(e -> documentation().ifPresentOrElse(d -> sourceControl.browse(d.toUri().toString()),
                () -> viewModel.showStatus("The documents are in the docs/ folder of the Pipewright checkout")));
        Menu help = new Menu("Help", null, welcomeItem, shortcuts, docs, new SeparatorMenuItem(), about);
        MenuBar bar = new MenuBar(file, edit, view, help);
        shortcuts.setOnAction(e -> HelpWindows.shortcuts(getScene() == null ? null : getScene().getWindow(), bar));
        bar.setId("menu-bar");
        return bar;
    }

    /**
     * A menu item acting on the open pipeline editor. Canvas actions (copy, paste, delete, select all) leave text
     * fields alone: there the keys keep their text meaning.
     */
    private MenuItem editorItem(String text, String id, KeyCombination keys, Consumer<EditorPane> action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setAccelerator(keys);
        item.setOnAction(e -> {
            if (viewModel.hubProperty().get() != Hub.AUTHOR) return;
            Node focus = getScene() == null ? null : getScene().getFocusOwner();
            if (id.equals("menu-undo") && focus != null && authorView.resourceTree().treeView() == focus) {
                viewModel.resources().undo(); // in Factory Resources, Undo takes back the last New, Rename, Clone or Delete
                return;
            }
            EditorPane editor = authorView.activePane();
            if (editor == null) return;
            if (focus instanceof TextInputControl && !id.equals("menu-save") && !id.equals("menu-validate")) return;
            action.accept(editor);
        });
        return item;
    }

    private MenuItem validateAllItem() {
        MenuItem item = new MenuItem("Validate all");
        item.setId("menu-validate-all");
        item.setAccelerator(new KeyCodeCombination(KeyCode.V, KeyCombination.SHORTCUT_DOWN, KeyCombination.ALT_DOWN));
        item.disableProperty().bind(viewModel.factoryProperty().isNull());
        item.setOnAction(e -> ValidateAllWindow.show(getScene() == null ? null : getScene().getWindow(), viewModel.editors()));
        return item;
    }

    /** The Welcome page in place of the hub until a factory opens or a hub is chosen (Help › Welcome). */
    public void showWelcome() {
        welcomeRequested = true;
        welcome.refresh();
        updateCenter();
    }

    /** True while the Welcome page is shown. */
    public boolean welcomeShown() {
        return notifications.getContent() == welcome;
    }

    private void updateCenter() {
        boolean showWelcome = welcomeRequested || viewModel.factoryRootProperty().get() == null;
        notifications.setContent(showWelcome ? welcome : hubViews.get(viewModel.hubProperty().get()));
    }

    private void cloneRepository() {
        Path current = viewModel.factoryRootProperty().get();
        sourceControl.cloneRepository(current != null && current.getParent() != null ? current.getParent() : Path.of(System.getProperty("user.home")));
    }

    /** The docs/ folder beside the demo factory (the checkout the studio runs from), when the launcher named it. */
    private static java.util.Optional<Path> documentation() {
        Path demo = demoFactory();
        return demo == null || demo.getParent() == null ? java.util.Optional.empty() : java.util.Optional.of(demo.getParent().resolve("docs"));
    }

    /** The demo factory's folder, as the launcher names it ({@code -Dpipewright.demo}); null when not known. */
    private static Path demoFactory() {
        String demo = System.getProperty("pipewright.demo");
        return demo == null || demo.isBlank() ? null : Path.of(demo);
    }

    /** The Manage hub. */
    public ManageHubView manageView() {
        return manageView;
    }

    /** The Author hub (tests reach the open editor through it). */
    public AuthorView authorView() {
        return authorView;
    }

    private void chooseFactory() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Open the git root folder of a factory");
        Path current = viewModel.factoryRootProperty().get();
        if (current != null && current.getParent() != null && current.getParent().toFile().isDirectory()) {
            chooser.setInitialDirectory(current.getParent().toFile());
        }
        File chosen = chooser.showDialog(getScene() == null ? null : getScene().getWindow());
        if (chosen != null) whenChangesHandled("open another factory", () -> viewModel.open(chosen.toPath()));
    }

    /**
     * Runs {@code action} once unsaved changes are dealt with: none, or the user chose Save (it runs when everything
     * is written) or Don't save; Cancel does not run it. Returns false when it did not run (yet).
     */
    public boolean whenChangesHandled(String what, Runnable action) {
        if (!viewModel.hasUnsavedChanges()) {
            action.run();
            return true;
        }
        UnsavedPrompt.Answer answer = UnsavedPrompt.ask(getScene() == null ? null : getScene().getWindow(),
                "Save changes to the factory before you " + what + "?", "Unsaved changes: " + unsavedSummary()
                        + ". They are lost if you don't save them.");
        switch (answer) {
            case DISCARD -> {
                action.run();
                return true;
            }
            case SAVE -> {
                var task = viewModel.editors().saveAll();
                task.addEventHandler(WorkerStateEvent.WORKER_STATE_SUCCEEDED, done -> {
                    if (task.getValue().ok()) action.run();
                });
                return false;
            }
            default -> {
                return false;
            }
        }
    }

    private String unsavedSummary() {
        var factory = viewModel.factoryProperty().get();
        if (factory == null) return "none";
        List<String> names = new ArrayList<>();
        factory.modifiedFiles().forEach(f -> names.add(f.path() != null ? f.path() : f instanceof Resource r
                ? r.canonicalPath() : "a new file"));
        factory.pendingDeletions().forEach(p -> names.add(p + " (deleted)"));
        return names.size() <= 5 ? String.join(", ", names) : String.join(", ", names.subList(0, 5)) + " and " + (names.size() - 5) + " more";
    }

    /** A window that closes, or shows another scene, stops watching the factory's folders. */
    private void closeWatchWhenWindowGoes() {
        javafx.beans.value.ChangeListener<javafx.stage.Window> windowGone = (obs, old, now) -> {
            if (old != null && now == null) {
                diskWatch.close();
                if (crashJournal != null) crashJournal.stop();
            }
        };
        sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) old.windowProperty().removeListener(windowGone);
            if (scene != null) scene.windowProperty().addListener(windowGone);
        });
    }

    /**
     * The bar over the hubs: files changed on disk while edits are unsaved (Reload from disk / Keep mine) come first;
     * otherwise a merge left in progress (opened that way, or a pull that stopped on conflicts) is told outside the
     * Changes hub, where its Finish and Abort buttons are.
     */
    private void showNotice() {
        var merge = sourceControl.viewModel().mergeProperty().get();
        var recoverable = crashJournal == null ? List.<CrashJournal.Recoverable>of() : crashJournal.recoverableProperty().get();
        if (!recoverable.isEmpty()) {
            int n = recoverable.size();
            notifications.setText("Unsaved work from a session that ended without saving it: " + n + (n == 1 ? " resource (" : " resources (")
                    + String.join(", ", recoverable.stream().limit(3).map(r -> r.entry().path()).toList()) + (n > 3 ? ", …)" : ")")
                    + ". Review it to restore or discard each one; nothing is written until you save.");
            notifications.getActions().setAll(
                    new org.controlsfx.control.action.Action("Review…", e -> RestoreDialog.show(getScene() == null ? null : getScene().getWindow(), crashJournal)),
                    new org.controlsfx.control.action.Action("Discard all", e -> List.copyOf(crashJournal.recoverableProperty().get()).forEach(crashJournal::discard)));
            notifications.show();
        } else if (diskWatch.pendingProperty().get() != null) {
            notifications.setText(diskWatch.noteProperty().get());
            notifications.getActions().setAll(
                    new org.controlsfx.control.action.Action("Reload from disk", e -> diskWatch.reloadNow()),
                    new org.controlsfx.control.action.Action("Keep mine", e -> diskWatch.keepMine()));
            notifications.show();
        } else if (merge != null && merge.inProgress() && viewModel.hubProperty().get() != Hub.CHANGES) {
            int n = merge.conflicts().size();
            notifications.setText("A merge" + (merge.theirs() == null ? "" : " of " + merge.theirs()) + " is in progress: "
                    + (n == 0 ? "every conflict is resolved; finish it to commit the merge"
                    : n + (n == 1 ? " conflicted file" : " conflicted files") + " to resolve, then finish or abort the merge"));
            notifications.getActions().setAll(new org.controlsfx.control.action.Action("Open Changes",
                    e -> viewModel.hubProperty().set(Hub.CHANGES)));
            notifications.show();
        } else {
            notifications.hide();
        }
    }

    /** Validate all, in the top bar as in ADF (beside Publish). */
    private Node validateAllButton() {
        javafx.scene.control.Button button = new javafx.scene.control.Button("Validate all");
        button.setId("top-validate-all");
        button.setOnAction(e -> ValidateAllWindow.show(getScene() == null ? null : getScene().getWindow(), viewModel.editors()));
        return dev.pipewright.studio.controls.DisabledReason.when(button, viewModel.factoryProperty().isNull(), "Open a factory to validate it");
    }

    /** ADF's Publish: saved edits first, then the Publish window (validation, pending changes, the publish branch). */
    private Node publishButton() {
        dev.pipewright.studio.publish.PublishViewModel publish = new dev.pipewright.studio.publish.PublishViewModel(
                viewModel.factoryProperty(), sourceControl.viewModel(), services.executor()).synapseWhen(() -> services.synapseProperty().get());
        javafx.scene.control.Button button = new javafx.scene.control.Button("Publish");
        button.setId("publish");
        button.setOnAction(e -> whenChangesHandled("publish (what is saved is published)", () ->
                dev.pipewright.studio.publish.PublishDialog.show(getScene() == null ? null : getScene().getWindow(), publish)));
        var reason = javafx.beans.binding.Bindings.createStringBinding(publish::disabledReason, viewModel.factoryProperty(),
                sourceControl.viewModel().headProperty(), sourceControl.viewModel().workingCopyProperty());
        return dev.pipewright.studio.controls.DisabledReason.bind(button, reason,
                "Validate everything, show what changed since the last publish, and write the ARM templates to the publish branch");
    }

    /**
     * Journals unsaved edits to {@code journal} from now on and offers, when a factory opens, what an earlier session
     * left unsaved (the studio calls it with the workspace store before it opens a factory).
     */
    public CrashJournal useEditJournal(dev.pipewright.studio.workspace.EditJournal journal) {
        crashJournal = new CrashJournal(viewModel, journal, services.executor());
        crashJournal.recoverableProperty().addListener((obs, old, now) -> showNotice());
        return crashJournal;
    }

    /** The edit journal, null until {@link #useEditJournal} is called. */
    public CrashJournal crashJournal() {
        return crashJournal;
    }

    /** What notices files changed on disk by other programs. */
    public DiskWatch diskWatch() {
        return diskWatch;
    }

    /** Source control of the open factory (the Changes hub, the branch selector, clone). */
    public SourceControlShell sourceControl() {
        return sourceControl;
    }

    /** The services all hubs share. */
    public HubServices services() {
        return services;
    }
}
