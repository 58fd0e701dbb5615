package dev.pipewright.runtime.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.pipewright.core.factory.Factory;
import dev.pipewright.runtime.connect.ConnectorHost;
import dev.pipewright.runtime.connect.Connections;
import dev.pipewright.runtime.connect.DataAccess;
import dev.pipewright.runtime.placement.RegionCatalog;
import dev.pipewright.runtime.profile.EnvironmentProfile;
import dev.pipewright.runtime.profile.ProfileReader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A factory written to a temporary folder, pipelines run on it with a {@link VirtualClock}. */
final class RunWorld {
    static final ObjectMapper JSON = new ObjectMapper();
    final Path root;
    VirtualClock clock = new VirtualClock();
    /** When set, runs read and wait on this clock instead of {@link #clock}. */
    RunClock realClock;
    Fixture fixture = Fixture.NONE;
    RunListener listener = RunListener.NONE;
    private String profileJson;

    RunWorld(Path dir) {
        this.root = dir.resolve("factory");
    }

    /** {@code pipeline/<name>.json} with the activities (a JSON array) and more pipeline properties (a JSON object's members, or ""). */
    RunWorld pipeline(String name, String activities, String more) {
        String props = "{\"activities\": " + activities + (more.isBlank() ? "" : ", " + more) + "}";
        return resource("pipeline", name, props);
    }

    RunWorld resource(String folder, String name, String properties) {
        try {
            Path f = root.resolve(folder).resolve(name + ".json");
            Files.createDirectories(f.getParent());
            Files.writeString(f, "{\"name\": \"" + name + "\", \"properties\": " + properties + "}", StandardCharsets.UTF_8);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An environment profile (JSON text) whose relative paths start at the factory's parent folder; data activities then run. */
    RunWorld profile(String json) {
        this.profileJson = json;
        return this;
    }

    RunWorld fixture(String json) throws IOException {
        this.fixture = Fixture.of(JSON.readTree(json), "test fixture");
        return this;
    }

    PipelineRun run(String pipeline, String... params) {
        return run(pipeline, new RunControl(), params);
    }

    PipelineRun runWith(RunClock with, String pipeline, RunControl control) {
        try (LocalRunner runner = new LocalRunner(Factory.load(root), EnvironmentProfile.defaults(), new LocalRunner.Options(fixture, with, listener))) {
            return runner.run(pipeline, Map.of(), control);
        }
    }

    PipelineRun run(String pipeline, RunControl control, String... params) {
        Map<String, JsonNode> values = new LinkedHashMap<>();
        for (String p : params) {
            int eq = p.indexOf('=');
            values.put(p.substring(0, eq), JsonNodeFactory.instance.textNode(p.substring(eq + 1)));
        }
        Factory factory = Factory.load(root);
        EnvironmentProfile profile = EnvironmentProfile.defaults();
        DataAccess data = null;
        if (profileJson != null) {
            ProfileReader.Result read = ProfileReader.parse(profileJson, "profile.json", RegionCatalog.standard());
            if (!read.ok()) throw new AssertionError("profile: " + read.problems());
            profile = read.profile();
            data = new DataAccess(new Connections(factory, profile, root.getParent(), ConnectorHost.discover(), k -> null));
        }
        RunClock time = realClock != null ? realClock : clock;
        try (LocalRunner runner = new LocalRunner(factory, profile, new LocalRunner.Options(fixture, time, listener, data))) {
            return runner.run(pipeline, values, control);
        }
    }

    /** The statuses of the activity's runs, in order. */
    static List<String> statuses(PipelineRun run, String activity) {
        return runs(run, activity).stream().map(a -> a.status().label()).toList();
    }

    static List<ActivityRun> runs(PipelineRun run, String activity) {
        return run.activityRuns().stream().filter(a -> a.activityName().equals(activity)).toList();
    }

    static ActivityRun only(PipelineRun run, String activity) {
        List<ActivityRun> list = runs(run, activity);
        if (list.size() != 1) throw new AssertionError(activity + " ran " + list.size() + " times: " + RunJson.pipelineRun(run));
        return list.get(0);
    }

    /** An activity's JSON: {@code act("W", "Wait", "{\"waitTimeInSeconds\": 1}", "[{\"activity\": \"A\", ...}]")}. */
    static String act(String name, String type, String typeProperties, String dependsOn) {
        return "{\"name\": \"" + name + "\", \"type\": \"" + type + "\", \"dependsOn\": " + dependsOn + ", \"typeProperties\": " + typeProperties + "}";
    }

    static String after(String activity, String... conditions) {
        return "[{\"activity\": \"" + activity + "\", \"dependencyConditions\": [\"" + String.join("\", \"", conditions) + "\"]}]";
    }

    static String fail(String name, String dependsOn) {
        return act(name, "Fail", "{\"message\": \"boom from " + name + "\", \"errorCode\": \"E42\"}", dependsOn);
    }

    static String ok(String name, String dependsOn) {
        return act(name, "Wait", "{\"waitTimeInSeconds\": 1}", dependsOn);
    }
}
