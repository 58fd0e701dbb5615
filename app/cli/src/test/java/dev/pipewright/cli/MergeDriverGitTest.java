package dev.pipewright.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pipewright.core.codec.AdfJsonWriter;
import dev.pipewright.core.codec.JsonReader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The merge driver as git runs it: a real repository with {@code .gitattributes} and {@code merge.pipewright.driver}
 * set to a java command line running {@link Main}, two branches, and {@code git merge}. The user's and the system's
 * git configuration are kept out (HOME, XDG_CONFIG_HOME, GIT_CONFIG_NOSYSTEM).
 */
class MergeDriverGitTest {
    private static final String PIPELINE = "factory/pipeline/PL_Sales.json";
    private static final String BASE = """
            {"name": "PL_Sales", "properties": {"activities": [
              {"name": "CP_Sales", "type": "Copy", "dependsOn": [], "policy": {"timeout": "7.00:00:00", "retry": 0},
               "typeProperties": {"source": {"type": "AzureSqlSource"}, "sink": {"type": "ParquetSink"}}},
              {"name": "Wait_1", "type": "Wait", "dependsOn": [{"activity": "CP_Sales", "dependencyConditions": ["Succeeded"]}],
               "typeProperties": {"waitTimeInSeconds": 1}}],
             "annotations": []}}""";

    @TempDir
    Path home;
    Path repo;

    @BeforeEach
    void repository() throws Exception {
        repo = home.resolve("repo");
        Files.createDirectories(repo);
        git("init", "-q", "-b", "main");
        git("config", "merge.pipewright.name", "Pipewright JSON-aware merge of ADF resources");
        git("config", "merge.pipewright.driver", driverCommand() + " merge-driver %O %A %B %P");
        write(PIPELINE, adf(BASE));
        write("notes/settings.json", "{\n  \"retries\": 1,\n  \"owner\": \"data\",\n  \"region\": \"westeurope\",\n  \"tier\": \"dev\"\n}\n");
        write(".gitattributes", "*.json merge=pipewright\n");
        git("add", "-A");
        git("commit", "-q", "-m", "base");
    }

    @Test
    void twoBranchesEachAddingAnActivityToThePipelineMergeCleanInAdfFormat() throws Exception {
        branch("left", PIPELINE, adf(BASE.replace("\"waitTimeInSeconds\": 1}}]",
                "\"waitTimeInSeconds\": 1}}, {\"name\": \"Wait_Left\", \"type\": \"Wait\", \"typeProperties\": {\"waitTimeInSeconds\": 2}}]")));
        branch("right", PIPELINE, adf(BASE.replace("\"waitTimeInSeconds\": 1}}]",
                "\"waitTimeInSeconds\": 1}}, {\"name\": \"Wait_Right\", \"type\": \"Wait\", \"typeProperties\": {\"waitTimeInSeconds\": 3}}]")));
        git("checkout", "-q", "left");
        Result merge = git("merge", "--no-edit", "right");
        assertEquals(0, merge.exit, merge.output);
        String merged = Files.readString(repo.resolve(PIPELINE));
        JsonNode tree = JsonReader.read(merged, PIPELINE).root();
        assertNotNull(tree, merged);
        List<String> names = new ArrayList<>();
        tree.at("/properties/activities").forEach(a -> names.add(a.get("name").asText()));
        assertEquals(List.of("CP_Sales", "Wait_1", "Wait_Left", "Wait_Right"), names);
        assertEquals(AdfJsonWriter.pretty(tree), merged, "written in ADF's format");
        assertEquals("", git("status", "--porcelain").output, "merge committed, nothing left");
    }

    @Test
    void withoutTheDriverGitItselfConflictsOnTheSameTwoBranches() throws Exception {
        write(".gitattributes", "");
        git("commit", "-q", "-am", "no driver");
        branch("left", PIPELINE, adf(BASE.replace("\"waitTimeInSeconds\": 1}}]",
                "\"waitTimeInSeconds\": 1}}, {\"name\": \"Wait_Left\", \"type\": \"Wait\"}]")));
        branch("right", PIPELINE, adf(BASE.replace("\"waitTimeInSeconds\": 1}}]",
                "\"waitTimeInSeconds\": 1}}, {\"name\": \"Wait_Right\", \"type\": \"Wait\"}]")));
        git("checkout", "-q", "left");
        assertNotEquals(0, git("merge", "--no-edit", "right").exit, "the case the driver exists for");
    }

    @Test
    void theSamePropertySetToTwoValuesStaysAConflictWithMarkersAroundThatMemberOnly() throws Exception {
        branch("left", PIPELINE, adf(BASE.replace("7.00:00:00", "0.02:00:00").replace("\"retry\": 0", "\"retry\": 2")));
        branch("right", PIPELINE, adf(BASE.replace("7.00:00:00", "0.01:00:00").replace("\"waitTimeInSeconds\": 1", "\"waitTimeInSeconds\": 5")));
        git("checkout", "-q", "left");
        Result merge = git("merge", "--no-edit", "right");
        assertEquals(1, merge.exit, merge.output);
        assertTrue(merge.output.contains("CONFLICT (content): Merge conflict in " + PIPELINE), merge.output);
        assertTrue(git("status", "--porcelain").output.contains("UU " + PIPELINE));
        String marked = Files.readString(repo.resolve(PIPELINE));
        String expected = adf(BASE.replace("\"retry\": 0", "\"retry\": 2").replace("\"waitTimeInSeconds\": 1", "\"waitTimeInSeconds\": 5"))
                .replace("\t\t\t\t\t\"timeout\": \"7.00:00:00\",\n", String.join("\n",
                        "<<<<<<< ours",
                        "\t\t\t\t\t\"timeout\": \"0.02:00:00\",",
                        "||||||| base",
                        "\t\t\t\t\t\"timeout\": \"7.00:00:00\",",
                        "=======",
                        "\t\t\t\t\t\"timeout\": \"0.01:00:00\",",
                        ">>>>>>> theirs", ""));
        assertEquals(expected, marked, "both clean changes merged, markers only around policy.timeout");
        String keptTheirs = marked.replaceAll("(?s)<<<<<<< ours\n.*?=======\n", "").replace(">>>>>>> theirs\n", "");
        assertEquals("0.01:00:00", JsonReader.read(keptTheirs, PIPELINE).root().at("/properties/activities/0/policy/timeout").asText(),
                "fixed by hand, the file parses again");
    }

    @Test
    void aFileOutsideTheResourceFoldersMergesAsPlainText() throws Exception {
        String settings = "notes/settings.json";
        String original = Files.readString(repo.resolve(settings));
        branch("left", settings, original.replace("\"retries\": 1", "\"retries\": 3"));
        branch("right", settings, original.replace("\"tier\": \"dev\"", "\"tier\": \"test\""));
        git("checkout", "-q", "left");
        assertEquals(0, git("merge", "--no-edit", "right").exit);
        assertEquals(original.replace("\"retries\": 1", "\"retries\": 3").replace("\"tier\": \"dev\"", "\"tier\": \"test\""),
                Files.readString(repo.resolve(settings)), "kept exactly as written: two spaces, final line break");

        // both sides add a key at the end: a JSON merge would take both, a line merge conflicts on that line
        String now = Files.readString(repo.resolve(settings));
        branch("left2", "left", settings, now.replace("\"tier\": \"test\"\n", "\"tier\": \"test\",\n  \"a\": 1\n"));
        branch("right2", "left", settings, now.replace("\"tier\": \"test\"\n", "\"tier\": \"test\",\n  \"b\": 2\n"));
        git("checkout", "-q", "left2");
        Result merge = git("merge", "--no-edit", "right2");
        assertEquals(1, merge.exit, merge.output);
        String marked = Files.readString(repo.resolve(settings));
        assertTrue(marked.contains("<<<<<<< ours\n  \"tier\": \"test\",\n  \"a\": 1\n||||||| base\n  \"tier\": \"test\"\n=======\n"
                + "  \"tier\": \"test\",\n  \"b\": 2\n>>>>>>> theirs\n}\n"), marked);
    }

    /** Creates {@code name} from main with one file changed and commits it; leaves main checked out. */
    private void branch(String name, String file, String content) throws Exception {
        branch(name, "main", file, content);
    }

    private void branch(String name, String from, String file, String content) throws Exception {
        git("checkout", "-q", "-b", name, from);
        write(file, content);
        git("commit", "-q", "-am", name);
        git("checkout", "-q", "main");
    }

    private static String adf(String json) {
        JsonNode tree = JsonReader.read(json, "test").root();
        if (tree == null) throw new AssertionError("test JSON does not parse: " + json);
        return AdfJsonWriter.pretty(tree);
    }

    private void write(String file, String content) throws IOException {
        Path path = repo.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, content);
    }

    /** The java command running this build's Main, quoted for the shell git starts drivers with. */
    private static String driverCommand() {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return quote(java) + " -cp " + quote(System.getProperty("java.class.path")) + " " + Main.class.getName();
    }

    private static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }

    record Result(int exit, String output) {
    }

    private Result git(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(repo.toFile()).redirectErrorStream(true);
        Map<String, String> env = pb.environment();
        env.put("HOME", home.toString());
        env.put("XDG_CONFIG_HOME", home.resolve(".config").toString());
        env.put("GIT_CONFIG_NOSYSTEM", "1");
        env.put("GIT_AUTHOR_NAME", "Test");
        env.put("GIT_AUTHOR_EMAIL", "test@example.com");
        env.put("GIT_COMMITTER_NAME", "Test");
        env.put("GIT_COMMITTER_EMAIL", "test@example.com");
        env.remove("GIT_DIR");
        env.remove("GIT_WORK_TREE");
        Process process = pb.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("git " + String.join(" ", args) + " did not finish");
        }
        int exit = process.exitValue();
        if (exit != 0 && !args[0].equals("merge")) throw new AssertionError("git " + String.join(" ", args) + " failed: " + output);
        return new Result(exit, output);
    }
}
