package dev.pipewright.core.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs real JavaScript ({@code node}) to produce what ADF Studio's serializer, {@code JSON.stringify},
 * writes for a file: the independent oracle for the byte-exact writer. One node process handles all files.
 */
public final class NodeOracle {
    private static final String SCRIPT = """
            const fs = require('fs'), path = require('path');
            const [listFile, outDir] = process.argv.slice(2);
            const files = fs.readFileSync(listFile, 'utf8').split('\\n').filter(Boolean);
            files.forEach((f, i) => {
              let v;
              try { v = JSON.parse(fs.readFileSync(f, 'utf8')); } catch (e) { return; }
              const minified = path.basename(f) === 'publish_config.json';
              fs.writeFileSync(path.join(outDir, i + '.json'), minified ? JSON.stringify(v) : JSON.stringify(v, null, '\\t'));
            });
            """;

    private NodeOracle() {
    }

    /** For each file JavaScript can parse: the bytes JSON.stringify produces for it. */
    public static Map<Path, byte[]> stringify(List<Path> files, Path workDir) throws IOException, InterruptedException {
        Path script = workDir.resolve("oracle.js");
        Path list = workDir.resolve("files.txt");
        Path out = Files.createDirectories(workDir.resolve("out"));
        Files.writeString(script, SCRIPT);
        StringBuilder sb = new StringBuilder();
        for (Path f : files) sb.append(f.toAbsolutePath()).append('\n');
        Files.writeString(list, sb.toString(), StandardCharsets.UTF_8);
        Process process;
        try {
            process = new ProcessBuilder("node", script.toString(), list.toString(), out.toString())
                    .redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new AssertionError("node (Node.js) is needed as the JSON.stringify oracle: " + e.getMessage(), e);
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new AssertionError("node oracle failed: " + output);
        }
        Map<Path, byte[]> result = new HashMap<>();
        for (int i = 0; i < files.size(); i++) {
            Path expected = out.resolve(i + ".json");
            if (Files.exists(expected)) result.put(files.get(i), Files.readAllBytes(expected));
        }
        return result;
    }
}
