package dev.pipewright.studio.git;

import dev.pipewright.core.diff.ChangeKind;
import dev.pipewright.git.Changes;
import dev.pipewright.git.MergeState;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBoxTreeItem;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToolBar;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.control.cell.CheckBoxTreeCell;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The Changes hub: the changed resources (not files) grouped as added, modified, deleted, renamed and conflicted,
 * with the colours Factory Resources uses; the selected one against HEAD side by side with its semantic summary, or,
 * when conflicted, resolved per member; Commit selected / Commit all; Refresh, Pull, Push and Create pull request,
 * with progress and Cancel; Finish or Abort a merge in progress.
 */
public final class ChangesView extends BorderPane {
    private static final ChangeKind[] ORDER = {ChangeKind.CONFLICTED, ChangeKind.ADDED, ChangeKind.MODIFIED, ChangeKind.RENAMED, ChangeKind.DELETED};
    private final SourceControlViewModel vm;
    private final TreeView<Object> tree = new TreeView<>();
    private final ListView<String> summary = new ListView<>();
    private final DiffPane diff = new DiffPane();
    private final MergePane mergePane;
    private final StackPane detail = new StackPane();
    private boolean rebuilding;
    private final TextArea commitMessage = new TextArea();
    private final Label noRepository = new Label("This factory is not in a git working copy. Clone a repository (File › Clone repository…) "
            + "or open a factory folder inside one to work with branches, commits and pull requests as in ADF's git mode.");

    /**
     * @param beforeFilesChanged runs an operation that changes the files once unsaved editor work is dealt with
     *                           (Save / Don't save / Cancel)
     * @param openBrowser        opens a web page (Create pull request)
     */
    public ChangesView(SourceControlViewModel vm, Consumer<Runnable> beforeFilesChanged, Consumer<String> openBrowser) {
        this.vm = vm;
        getStyleClass().add("changes-view");
        mergePane = new MergePane((path, text) -> vm.resolve(path, text));
        tree.setId("changes-tree");
        tree.setShowRoot(false);
        tree.setCellFactory(t -> new ChangeCell());
        tree.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (!rebuilding) showSelected(now);
        });
        summary.setId("changes-summary");
        summary.setPlaceholder(new Label("Select a changed resource"));
        dev.pipewright.studio.controls.WrappingCells.wrap(summary, line -> line);
        summary.setPrefHeight(120);
        detail.getChildren().add(diff);

        commitMessage.setId("commit-message");
        commitMessage.setPromptText("Commit message");
        commitMessage.setPrefRowCount(3);
        Button commitSelected = new Button("Commit selected");
        commitSelected.setId("commit-selected");
        commitSelected.setOnAction(e -> beforeFilesChanged.accept(() -> vm.commit(commitMessage.getText().strip(), checked())));
        Button commitAll = new Button("Commit all");
        commitAll.setId("commit-all");
        commitAll.setOnAction(e -> beforeFilesChanged.accept(() -> vm.commit(commitMessage.getText().strip(), null)));
        var noMessage = commitMessage.textProperty().map(String::isBlank);
        var nothing = Bindings.isEmpty(vm.changes()).and(Bindings.isEmpty(vm.otherFiles()));
        HBox commitBar = new HBox(8,
                dev.pipewright.studio.controls.DisabledReason.bind(commitSelected, Bindings.createStringBinding(() -> nothing.get() ? "Nothing changed"
                        : noMessage.getValue() ? "Write a commit message first" : null, nothing, noMessage), "Commit the ticked resources"),
                dev.pipewright.studio.controls.DisabledReason.bind(commitAll, Bindings.createStringBinding(() -> nothing.get() ? "Nothing changed"
                        : noMessage.getValue() ? "Write a commit message first" : null, nothing, noMessage), "Commit every change"));
        VBox commitBox = new VBox(6, commitMessage, commitBar);
        commitBox.setPadding(new Insets(6));

        BorderPane left = new BorderPane(tree);
        left.setBottom(commitBox);
        SplitPane right = new SplitPane(summary, detail);
        right.setOrientation(Orientation.VERTICAL);
        right.setDividerPositions(0.2);
        SplitPane body = new SplitPane(left, right);
        body.setDividerPositions(0.3);

        setTop(toolbar(beforeFilesChanged, openBrowser));
        StackPane center = new StackPane(body, noRepository);
        noRepository.setWrapText(true);
        noRepository.setMaxWidth(560);
        noRepository.setId("changes-no-repository");
        noRepository.visibleProperty().bind(vm.workingCopyProperty().isNull());
        body.visibleProperty().bind(vm.workingCopyProperty().isNotNull());
        setCenter(center);

        vm.changes().addListener((ListChangeListener<Changes.ChangedResource>) c -> rebuild());
        vm.otherFiles().addListener((ListChangeListener<String>) c -> rebuild());
        rebuild();
    }

    private ToolBar toolbar(Consumer<Runnable> beforeFilesChanged, Consumer<String> openBrowser) {
        Label branch = new Label();
        branch.setId("changes-branch");
        branch.textProperty().bind(Bindings.createStringBinding(() -> vm.headProperty().get() == null ? ""
                : vm.headProperty().get().detached() ? "Detached at " + vm.headProperty().get().shortCommit()
                : "On " + vm.headProperty().get().branch(), vm.headProperty()));
        Button refresh = button("changes-refresh", "Refresh", vm::refresh);
        Button pull = button("changes-pull", "Pull", () -> beforeFilesChanged.accept(vm::pull));
        Button push = button("changes-push", "Push", vm::push);
        Button pr = button("changes-pull-request", "Create pull request", () -> vm.pullRequestUrl().ifPresent(openBrowser));
        Button finish = button("merge-finish", "Finish merge", vm::finishMerge);
        Button abort = button("merge-abort", "Abort merge", () -> beforeFilesChanged.accept(vm::abortMerge));
        var merging = vm.mergeProperty().map(MergeState::inProgress);
        finish.visibleProperty().bind(merging);
        finish.managedProperty().bind(merging);
        abort.visibleProperty().bind(merging);
        abort.managedProperty().bind(merging);
        finish.disableProperty().bind(vm.mergeProperty().map(m -> !m.resolved()));
        pr.disableProperty().bind(vm.pullRequestProperty().isNull());
        ProgressBar bar = new ProgressBar();
        bar.progressProperty().bind(vm.progressProperty());
        bar.visibleProperty().bind(vm.runningProperty());
        Label step = new Label();
        step.textProperty().bind(vm.stepProperty());
        Button cancel = button("changes-cancel", "Cancel", vm::cancel);
        cancel.visibleProperty().bind(vm.runningProperty());
        Label message = new Label();
        message.setId("changes-message");
        message.textProperty().bind(vm.messageProperty());
        message.setWrapText(true);
        HBox.setHgrow(message, Priority.ALWAYS);
        for (Button b : List.of(refresh, pull, push)) b.disableProperty().bind(vm.workingCopyProperty().isNull().or(vm.runningProperty()));
        return new ToolBar(branch, refresh, pull, push, pr, finish, abort, bar, step, cancel, message);
    }

    private static Button button(String id, String text, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    /** The tree: one group per kind of change (conflicts first), then the other files. */
    private void rebuild() {
        Object selected = tree.getSelectionModel().getSelectedItem() == null ? null : tree.getSelectionModel().getSelectedItem().getValue();
        java.util.Set<String> unticked = untickedPaths();
        CheckBoxTreeItem<Object> root = new CheckBoxTreeItem<>("Changes");
        Map<ChangeKind, List<Changes.ChangedResource>> byKind = new EnumMap<>(ChangeKind.class);
        for (Changes.ChangedResource r : vm.changes()) byKind.computeIfAbsent(r.change().change(), k -> new ArrayList<>()).add(r);
        TreeItem<Object> reselect = null;
        for (ChangeKind kind : ORDER) {
            List<Changes.ChangedResource> list = byKind.get(kind);
            if (list == null) continue;
            CheckBoxTreeItem<Object> group = new CheckBoxTreeItem<>(new Group(kind, list.size()), null, kind != ChangeKind.CONFLICTED);
            group.setExpanded(true);
            for (Changes.ChangedResource r : list) {
                CheckBoxTreeItem<Object> item = new CheckBoxTreeItem<>(r, null, kind != ChangeKind.CONFLICTED && !unticked.contains(r.path()));
                group.getChildren().add(item);
                if (selected instanceof Changes.ChangedResource s && s.path().equals(r.path())) reselect = item;
            }
            root.getChildren().add(group);
        }
        if (!vm.otherFiles().isEmpty()) {
            CheckBoxTreeItem<Object> other = new CheckBoxTreeItem<>("Other files (" + vm.otherFiles().size() + ")", null, true);
            other.setExpanded(true);
            for (String f : vm.otherFiles()) other.getChildren().add(new CheckBoxTreeItem<>(f, null, true));
            root.getChildren().add(other);
        }
        // nothing chosen yet: show the first changed resource, as a diff tool opens on the first change
        if (reselect == null && selected == null && !root.getChildren().isEmpty() && !root.getChildren().get(0).getChildren().isEmpty()
                && root.getChildren().get(0).getChildren().get(0).getValue() instanceof Changes.ChangedResource) {
            reselect = root.getChildren().get(0).getChildren().get(0);
        }
        // the same resource stays selected across a refresh without its detail being cleared in between
        rebuilding = true;
        try {
            tree.setRoot(root);
            if (reselect != null) tree.getSelectionModel().select(reselect);
        } finally {
            rebuilding = false;
        }
        showSelected(reselect);
    }

    /** Resources the user unticked, kept across a refresh. */
    private java.util.Set<String> untickedPaths() {
        java.util.Set<String> paths = new java.util.HashSet<>();
        if (tree.getRoot() == null) return paths;
        for (TreeItem<Object> group : tree.getRoot().getChildren()) {
            for (TreeItem<Object> item : group.getChildren()) {
                if (item instanceof CheckBoxTreeItem<Object> c && !c.isSelected() && c.getValue() instanceof Changes.ChangedResource r) paths.add(r.path());
            }
        }
        return paths;
    }

    /** The ticked resources, for Commit selected. */
    List<Changes.ChangedResource> checked() {
        List<Changes.ChangedResource> list = new ArrayList<>();
        if (tree.getRoot() == null) return list;
        for (TreeItem<Object> group : tree.getRoot().getChildren()) {
            for (TreeItem<Object> item : group.getChildren()) {
                if (item instanceof CheckBoxTreeItem<Object> c && c.isSelected() && c.getValue() instanceof Changes.ChangedResource r) list.add(r);
            }
        }
        return list;
    }

    private void showSelected(TreeItem<Object> item) {
        if (item == null || !(item.getValue() instanceof Changes.ChangedResource r)) {
            summary.getItems().clear();
            diff.clear();
            detail.getChildren().setAll(diff);
            return;
        }
        summary.getItems().setAll(r.change().details().isEmpty() ? List.of(describe(r)) : r.change().details());
        if (r.change().change() == ChangeKind.CONFLICTED) {
            // the list is read again after every save or checkout: keep the picks of the conflict being resolved
            if (detail.getChildren().contains(mergePane) && r.path().equals(mergePane.shownPath())) return;
            detail.getChildren().setAll(mergePane);
            vm.conflict(r.path()).setOnSucceeded(e -> mergePane.show(((javafx.concurrent.Task<dev.pipewright.git.ConflictVersions>) e.getSource()).getValue()));
            return;
        }
        detail.getChildren().setAll(diff);
        String headPath = r.oldPath() != null ? r.oldPath() : r.path();
        var head = vm.headText(headPath);
        head.setOnSucceeded(e -> diff.show(head.getValue(), working(r), "HEAD: " + headPath,
                r.change().change() == ChangeKind.DELETED ? "Working tree: deleted" : "Working tree: " + r.path()));
    }

    private String working(Changes.ChangedResource r) {
        var wc = vm.workingCopyProperty().get();
        if (wc == null || r.change().change() == ChangeKind.DELETED) return null;
        try {
            Path file = wc.workTree().resolve(r.path());
            return Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
        } catch (java.io.IOException e) {
            return null;
        }
    }

    private static String describe(Changes.ChangedResource r) {
        return r.change().kind().displayName() + " " + r.change().name() + " " + r.change().change().name().toLowerCase(Locale.ROOT)
                + (r.change().oldName() != null ? " (was " + r.change().oldName() + ")" : "");
    }

    /** A group row: a kind of change and how many. */
    private record Group(ChangeKind kind, int count) {
        @Override
        public String toString() {
            String name = kind.name().charAt(0) + kind.name().substring(1).toLowerCase(Locale.ROOT);
            return name + " (" + count + ")";
        }
    }

    /** Rows coloured by kind of change, as in Factory Resources. */
    private static final class ChangeCell extends CheckBoxTreeCell<Object> {
        @Override
        public void updateItem(Object item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeIf(c -> c.startsWith("git-"));
            if (empty || item == null) return;
            ChangeKind kind = item instanceof Changes.ChangedResource r ? r.change().change() : item instanceof Group g ? g.kind() : null;
            if (kind != null) getStyleClass().add("git-" + kind.name().toLowerCase(Locale.ROOT));
            if (item instanceof Changes.ChangedResource r) {
                setText(r.change().kind().folder() + "/" + r.change().name()
                        + (r.change().oldName() != null ? "  ← " + r.change().oldName() : ""));
            }
        }
    }

    DiffPane diff() {
        return diff;
    }

    MergePane mergePane() {
        return mergePane;
    }

    TreeView<Object> tree() {
        return tree;
    }
}
