package dev.pipewright.studio;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Tiny ADF git roots written to a temp folder, so tests do not depend on the demo factory's content. */
public final class TestFactories {
    private TestFactories() {
    }

    /**
     * Writes a factory named {@code name} under {@code parent}: three pipelines (one at the top, one in
     * "Sales", one in "Sales/Daily"), one dataset in "Sales", one trigger, and one file that is not valid
     * JSON (one load problem).
     */
    public static Path small(Path parent, String name) throws IOException {
        Path root = parent.resolve(name);
        write(root, "pipeline/LoadSales.json", """
                {"name": "LoadSales", "properties": {"activities": [], "folder": {"name": "Sales"}}}""");
        write(root, "pipeline/loadReturns.json", """
                {"name": "loadReturns", "properties": {"activities": [], "folder": {"name": "Sales/Daily"}}}""");
        write(root, "pipeline/Archive.json", """
                {"name": "Archive", "properties": {"activities": []}}""");
        write(root, "pipeline/Broken.json", "{\"name\": \"Broken\", ");
        write(root, "dataset/SalesCsv.json", """
                {"name": "SalesCsv", "properties": {"type": "DelimitedText", "folder": {"name": "Sales"},
                  "linkedServiceName": {"referenceName": "Lake", "type": "LinkedServiceReference"}}}""");
        write(root, "trigger/Nightly.json", """
                {"name": "Nightly", "properties": {"type": "ScheduleTrigger", "pipelines": []}}""");
        return root;
    }

    private static void write(Path root, String file, String json) throws IOException {
        Path path = root.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, json, StandardCharsets.UTF_8);
    }
}
