package dev.pipewright.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pipewright.core.codec.AdfJsonWriter;
import dev.pipewright.core.codec.JsonReader;
import dev.pipewright.core.diff.FactoryDiff;
import dev.pipewright.core.diff.ResourceChange;
import dev.pipewright.core.merge.JsonMerge;
import dev.pipewright.core.merge.MergeResult;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.IntSupplier;

/**
 * Source control (issue 12): the merge driver on a 5,000-line pipeline — at most 100 ms beyond the JVM's start —
 * and the semantic diff of 100 changed resources — at most 200 ms.
 * <p>
 * The driver is timed as git runs it: a child {@code java -cp … dev.pipewright.cli.Main merge-driver %O %A %B %P}
 * process per merge, against child JVMs on the same class path that start an empty main (the JVM's start) and
 * that parse the three files with the core reader (start + Jackson), through picocli's full command tree (what
 * the fast path in {@code Main} skips), and with the start options {@code ./pipewright} gives it (a class data
 * sharing archive, C1 only, the serial collector), all in interleaved rounds so each sees the same machine load.
 * The merge itself is also timed warm in this JVM, against parsing the three texts.
 * <p>
 * Run by {@code ./bench.sh}; alone: {@code java -cp "bench/target/classes:$(cat bench/target/bench.classpath)"
 * dev.pipewright.bench.MergeBenchmark}.
 */
public final class MergeBenchmark {
    private static final double DRIVER_GOAL_MS = 100;
    private static final double DIFF_GOAL_MS = 200;
    private static final int PROCESS_RUNS = 11;
    private static final ObjectMapper JSON = new ObjectMapper();

    private MergeBenchmark() {
    }

    /** A JVM that does nothing: the start every driver call pays. */
    public static final class EmptyMain {
        public static void main(String[] args) {
        }
    }

    /** A JVM that reads the three files with the core reader: the start plus loading Jackson and the codec. */
    public static final class ParseMain {
        public static void main(String[] args) throws IOException {
            for (String file : args) JsonReader.read(Files.readAllBytes(Path.of(file)), file, null);
        }
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("pipewright-merge-bench");
        driver(dir);
        diff();
    }

    // --- merge driver on a 5,000-line pipeline

    private static void driver(Path dir) throws Exception {
        ObjectNode base = pipeline("PL_Big", 5000);
        ObjectNode ours = base.deepCopy();
        activity(ours, 10).withObjectProperty("policy").put("timeout", "0.02:00:00");
        activities(ours).add(copy("CP_Added_By_Ours", 0));
        ObjectNode theirs = base.deepCopy();
        activity(theirs, activities(theirs).size() * 3 / 4).put("description", "changed by theirs");
        activities(theirs).add(copy("CP_Added_By_Theirs", 1));
        ((ObjectNode) theirs.get("properties")).withObjectProperty("parameters").putObject("runDate").put("type", "string");
        String baseText = AdfJsonWriter.pretty(base);
        String oursText = AdfJsonWriter.pretty(ours);
        String theirsText = AdfJsonWriter.pretty(theirs);
        long lines = baseText.lines().count();
        Path baseFile = Files.writeString(dir.resolve("base.json"), baseText);
        Path oursTemplate = Files.writeString(dir.resolve("ours-template.json"), oursText);
        Path theirsFile = Files.writeString(dir.resolve("theirs.json"), theirsText);
        Path oursFile = dir.resolve("ours.json");

        MergeResult check = JsonMerge.merge(baseText, oursText, theirsText);
        if (!check.clean()) throw new IllegalStateException("benchmark merge should be clean: " + check.conflicts());

        double[] inProcess = measure(10, 30, () -> JsonMerge.merge(baseText, oursText, theirsText).mergedText().length());
        double[] parseOnly = measure(10, 30, () -> JsonReader.read(baseText, "b").problems().size()
                + JsonReader.read(oursText, "o").problems().size() + JsonReader.read(theirsText, "t").problems().size());
        Stats.line(String.format(Locale.ROOT, "merge in process, %,d-line pipeline (%d activities), warm median", lines,
                activities(base).size()), median(inProcess), -1, String.format(Locale.ROOT,
                "baseline: reading the three texts %.1f ms, ratio %.1fx", median(parseOnly), median(inProcess) / median(parseOnly)));

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = System.getProperty("java.class.path");
        // the driver runs on the jars alone, as installed: a class data sharing archive cannot be made with a folder on the class path
        String jars = String.join(File.pathSeparator, Arrays.stream(classPath.split(File.pathSeparator))
                .filter(entry -> entry.endsWith(".jar")).toList());
        List<String> driverArgs = List.of("merge-driver", baseFile.toString(), oursFile.toString(), theirsFile.toString(), "pipeline/PL_Big.json");
        Path archive = dir.resolve("merge-driver.jsa");
        run(oursTemplate, concat(List.of(java, "-XX:ArchiveClassesAtExit=" + archive, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-cp", jars, "dev.pipewright.cli.Main"), driverArgs)); // as ./pipewright makes it on the first run
        if (!Files.exists(archive)) throw new IllegalStateException("no class data sharing archive made");
        List<String> viaPicocli = new ArrayList<>(driverArgs);
        viaPicocli.add(1, "--");
        String main = "dev.pipewright.cli.Main";
        // every variant once a round, rounds repeated: each sees the same machine, busy or quiet
        List<Variant> variants = List.of(
                new Variant("JVM start (empty main, same class path)", null, List.of(java, "-cp", classPath, EmptyMain.class.getName())),
                new Variant("start + Jackson reading the three files", null, List.of(java, "-cp", classPath, ParseMain.class.getName(),
                        baseFile.toString(), oursTemplate.toString(), theirsFile.toString())),
                new Variant("merge-driver", oursTemplate, concat(List.of(java, "-cp", jars, main), driverArgs)),
                new Variant("through picocli's command tree", oursTemplate, concat(List.of(java, "-cp", jars, main), viaPicocli)),
                new Variant("with a class data sharing archive", oursTemplate,
                        concat(List.of(java, "-XX:SharedArchiveFile=" + archive, "-cp", jars, main), driverArgs)),
                new Variant("with C1 only (-XX:TieredStopAtLevel=1)", oursTemplate,
                        concat(List.of(java, "-XX:TieredStopAtLevel=1", "-cp", jars, main), driverArgs)),
                new Variant("archive + C1 + serial GC + no perf data, as ./pipewright runs it", oursTemplate,
                        concat(List.of(java, "-XX:SharedArchiveFile=" + archive, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:-UsePerfData",
                                "-cp", jars, main), driverArgs)));
        long[][] nanos = new long[variants.size()][PROCESS_RUNS];
        for (Variant v : variants) run(v.ours, v.command); // file cache, page cache of the jars
        for (int round = 0; round < PROCESS_RUNS; round++) {
            for (int i = 0; i < variants.size(); i++) nanos[i][round] = run(variants.get(i).ours, variants.get(i).command);
        }
        String merged = Files.readString(oursFile);
        if (!merged.contains("CP_Added_By_Ours") || !merged.contains("CP_Added_By_Theirs")) throw new IllegalStateException("driver did not merge");
        double empty = Stats.medianMs(nanos[0]);
        StringBuilder detail = new StringBuilder();
        for (int i = 0; i < variants.size(); i++) {
            if (i > 0) detail.append("; ");
            detail.append(String.format(Locale.ROOT, "%s %.0f ms (min %.0f)", variants.get(i).name, Stats.medianMs(nanos[i]), min(nanos[i])));
        }
        System.out.println("merge-driver processes, " + String.format(Locale.ROOT, "%,d", lines) + "-line pipeline, median of "
                + PROCESS_RUNS + " interleaved rounds: " + detail);
        Stats.line("merge-driver (plain java -cp), beyond the JVM's start", Stats.medianMs(nanos[2]) - empty, DRIVER_GOAL_MS,
                String.format(Locale.ROOT, "whole process %.0f ms, JVM start %.0f ms", Stats.medianMs(nanos[2]), empty));
        Stats.line("merge-driver as ./pipewright runs it (archive, C1, serial GC), beyond the JVM's start", Stats.medianMs(nanos[6]) - empty, DRIVER_GOAL_MS,
                String.format(Locale.ROOT, "whole process %.0f ms, JVM start %.0f ms", Stats.medianMs(nanos[6]), empty));
    }

    /** One way of starting a process: its name, the ours file to restore first (or null) and its command. */
    private record Variant(String name, Path ours, List<String> command) {
    }

    private static double min(long[] nanos) {
        return Arrays.stream(nanos).min().orElse(0) / 1e6;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static long run(Path oursTemplate, List<String> command) throws Exception {
        if (oursTemplate != null) Files.copy(oursTemplate, oursTemplate.resolveSibling("ours.json"), StandardCopyOption.REPLACE_EXISTING);
        long start = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        int exit = p.waitFor();
        long took = System.nanoTime() - start;
        if (exit != 0) throw new IllegalStateException("exit " + exit + ": " + String.join(" ", command.subList(3, command.size())));
        return took;
    }

    // --- semantic diff of 100 changed resources

    private static void diff() {
        List<FactoryDiff.FileChange> files = new ArrayList<>();
        int resources = 0;
        for (int i = 0; i < 90; i++, resources++) {
            ObjectNode before = pipeline("PL_" + i, 300);
            ObjectNode after = before.deepCopy();
            activity(after, 1).withObjectProperty("policy").put("timeout", "0.0" + (i % 10) + ":00:00");
            activity(after, 3).put("description", "changed " + i);
            if (i % 3 == 0) activities(after).add(copy("CP_New", i));
            files.add(FactoryDiff.FileChange.of("pipeline/PL_" + i + ".json", AdfJsonWriter.prettyBytes(before), AdfJsonWriter.prettyBytes(after)));
        }
        for (int i = 0; i < 5; i++, resources++) {
            ObjectNode before = pipeline("PL_Old_" + i, 300);
            ObjectNode after = before.deepCopy();
            after.put("name", "PL_Renamed_" + i);
            activity(after, 2).put("description", "moved");
            files.add(FactoryDiff.FileChange.of("pipeline/PL_Old_" + i + ".json", AdfJsonWriter.prettyBytes(before), null));
            files.add(FactoryDiff.FileChange.of("pipeline/PL_Renamed_" + i + ".json", null, AdfJsonWriter.prettyBytes(after)));
        }
        for (int i = 0; i < 5; i++, resources++) {
            files.add(FactoryDiff.FileChange.of("dataset/DS_New_" + i + ".json", null, ("{\"name\": \"DS_New_" + i
                    + "\", \"properties\": {\"type\": \"Parquet\", \"typeProperties\": {}}}").getBytes(StandardCharsets.UTF_8)));
        }
        long coldStart = System.nanoTime();
        List<ResourceChange> first = FactoryDiff.changes(files);
        double cold = (System.nanoTime() - coldStart) / 1e6;
        if (first.size() != resources) throw new IllegalStateException("expected " + resources + " changes, got " + first.size());
        long bytes = files.stream().mapToLong(f -> (f.before() == null ? 0 : f.before().length) + (f.after() == null ? 0 : f.after().length)).sum();
        double[] warm = measure(10, 20, () -> FactoryDiff.changes(files).size());
        double[] parse = measure(10, 20, () -> {
            int n = 0;
            try {
                for (FactoryDiff.FileChange f : files) {
                    if (f.before() != null) n += JSON.readTree(f.before()).size();
                    if (f.after() != null) n += JSON.readTree(f.after()).size();
                }
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            return n;
        });
        Stats.line(String.format(Locale.ROOT, "semantic diff of %d changed resources (%d files, %.1f MB; 90 modified, 5 renamed, 5 added), warm median",
                resources, files.size(), bytes / 1e6), median(warm), DIFF_GOAL_MS, String.format(Locale.ROOT,
                "first call %.0f ms; baseline: Jackson readTree of the same files %.1f ms, ratio %.1fx", cold, median(parse),
                median(warm) / median(parse)));
    }

    // --- generated pipelines in ADF's shape

    /** A pipeline of Copy activities (about 40 lines each in ADF's format) with at least {@code lines} lines. */
    static ObjectNode pipeline(String name, int lines) {
        ObjectNode p = JSON.createObjectNode().put("name", name);
        ObjectNode properties = p.putObject("properties");
        ArrayNode activities = properties.putArray("activities");
        properties.putObject("parameters").putObject("day").put("type", "string").put("defaultValue", "2026-11-24");
        properties.putObject("folder").put("name", "Sales");
        properties.putArray("annotations");
        for (int i = 0; AdfJsonWriter.pretty(p).lines().count() < lines; i++) activities.add(copy("CP_" + i, i));
        return p;
    }

    private static ObjectNode copy(String name, int i) {
        try {
            return (ObjectNode) JSON.readTree("""
                    {"name": "%s", "type": "Copy", "dependsOn": [%s],
                     "policy": {"timeout": "7.00:00:00", "retry": 0, "retryIntervalInSeconds": 30, "secureOutput": false, "secureInput": false},
                     "userProperties": [],
                     "typeProperties": {
                       "source": {"type": "AzureSqlSource", "sqlReaderQuery": {"value": "SELECT * FROM sales_%d WHERE day = '@{pipeline().parameters.day}'",
                         "type": "Expression"}, "queryTimeout": "02:00:00", "partitionOption": "None"},
                       "sink": {"type": "ParquetSink", "storeSettings": {"type": "AzureBlobFSWriteSettings"},
                         "formatSettings": {"type": "ParquetWriteSettings"}},
                       "enableStaging": false,
                       "translator": {"type": "TabularTranslator", "typeConversion": true,
                         "typeConversionSettings": {"allowDataTruncation": true, "treatBooleanAsNumber": false}}},
                     "inputs": [{"referenceName": "DS_Sql_%d", "type": "DatasetReference"}],
                     "outputs": [{"referenceName": "DS_Lake_%d", "type": "DatasetReference", "parameters": {"day": "@pipeline().parameters.day"}}]}"""
                    .formatted(name, i == 0 ? "" : "{\"activity\": \"CP_" + (i - 1) + "\", \"dependencyConditions\": [\"Succeeded\"]}", i, i % 50, i % 50));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ArrayNode activities(ObjectNode pipeline) {
        return (ArrayNode) pipeline.get("properties").get("activities");
    }

    private static ObjectNode activity(ObjectNode pipeline, int index) {
        return (ObjectNode) activities(pipeline).get(index);
    }

    private static double[] measure(int warmups, int runs, IntSupplier work) {
        return PlacementBenchmark.measure(warmups, runs, work);
    }

    private static double median(double[] ms) {
        return PlacementBenchmark.median(ms);
    }
}
