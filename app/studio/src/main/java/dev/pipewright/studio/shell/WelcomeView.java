package dev.pipewright.studio.shell;

import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * The Welcome page, shown when no factory is open and from Help › Welcome: Open factory folder…, Clone repository…,
 * Open the demo factory, and the recent factories with their path and when they were last opened (those whose folder
 * is gone are marked and cannot be opened). Whether a folder exists is looked up off the JavaFX thread.
 */
final class WelcomeView extends VBox {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm").withZone(ZoneId.systemDefault());
    private final MainWindowViewModel viewModel;
    private final Executor io;
    private final Consumer<Path> open;
    private final VBox recent = new VBox(4);

    /**
     * @param chooseFolder Open factory folder… (the folder chooser)
     * @param cloneRepository Clone repository…
     * @param demo the demo factory's folder, null when it is not known
     * @param open opens a factory (after unsaved changes are dealt with)
     */
    WelcomeView(MainWindowViewModel viewModel, Executor io, Runnable chooseFolder, Runnable cloneRepository, Path demo, Consumer<Path> open) {
        this.viewModel = viewModel;
        this.io = io;
        this.open = open;
        getStyleClass().add("welcome");
        setId("welcome");
        setSpacing(14);
        setAlignment(Pos.TOP_LEFT);
        Label title = new Label("Pipewright");
        title.getStyleClass().add("welcome-title");
        Label lead = new Label("Author Azure Data Factory and Synapse pipelines offline: open a factory's git root folder, clone its repository, or start with the demo.");
        lead.setWrapText(true);
        Button openFolder = new Button("Open factory folder…");
        openFolder.setId("welcome-open");
        openFolder.setOnAction(e -> chooseFolder.run());
        Button clone = new Button("Clone repository…");
        clone.setId("welcome-clone");
        clone.setOnAction(e -> cloneRepository.run());
        Button openDemo = new Button("Open the demo factory");
        openDemo.setId("welcome-demo");
        openDemo.setDisable(demo == null);
        openDemo.setOnAction(e -> open.accept(demo));
        HBox actions = new HBox(8, openFolder, clone, openDemo);
        Label recentTitle = new Label("Recent factories");
        recentTitle.getStyleClass().add("welcome-heading");
        recent.setId("welcome-recent");
        getChildren().setAll(title, lead, actions, recentTitle, recent);
        viewModel.recentFactories().addListener((javafx.collections.ListChangeListener<Path>) c -> refresh());
        refresh();
    }

    /** Lists the recent factories again, finding out in the background which folders are gone. */
    void refresh() {
        List<Path> roots = List.copyOf(viewModel.recentFactories());
        show(roots, Set.of(), true);
        io.execute(() -> {
            Set<Path> missing = new HashSet<>();
            for (Path root : roots) if (!Files.isDirectory(root)) missing.add(root);
            Platform.runLater(() -> {
                if (roots.equals(viewModel.recentFactories())) show(roots, missing, false);
            });
        });
    }

    private void show(List<Path> roots, Set<Path> missing, boolean checking) {
        if (roots.isEmpty()) {
            recent.getChildren().setAll(new Label("No factory opened yet."));
            return;
        }
        recent.getChildren().setAll(roots.stream().map(root -> row(root, missing.contains(root), checking)).toList());
    }

    private HBox row(Path root, boolean missing, boolean checking) {
        String name = root.getFileName() == null ? root.toString() : root.getFileName().toString();
        Hyperlink link = new Hyperlink(name);
        link.getStyleClass().add("welcome-recent-name");
        link.setDisable(missing || checking);
        link.setOnAction(e -> open.accept(root));
        Label path = new Label(root.toString() + (missing ? "  (missing: the folder is gone)" : ""));
        path.getStyleClass().add(missing ? "welcome-missing" : "welcome-path");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Label when = new Label(describe(viewModel.openedAt(root)));
        when.getStyleClass().add("welcome-path");
        HBox row = new HBox(8, link, path, gap, when);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("welcome-recent-row");
        if (missing) row.getStyleClass().add("missing");
        return row;
    }

    /** "opened 5 minutes ago", "opened 3 hours ago", or the day and time. */
    static String describe(Instant opened) {
        if (opened == null) return "";
        Duration ago = Duration.between(opened, Instant.now());
        if (ago.toMinutes() < 1) return "opened just now";
        if (ago.toMinutes() < 60) return "opened " + ago.toMinutes() + (ago.toMinutes() == 1 ? " minute ago" : " minutes ago");
        if (ago.toHours() < 24) return "opened " + ago.toHours() + (ago.toHours() == 1 ? " hour ago" : " hours ago");
        return "opened " + DAY.format(opened);
    }
}
