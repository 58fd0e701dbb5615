package dev.pipewright.cli;

import dev.pipewright.core.factory.ResourcePath;
import dev.pipewright.core.merge.JsonMerge;
import dev.pipewright.core.merge.MergeResult;
import dev.pipewright.core.merge.TextMerge;
import dev.pipewright.core.problem.Problem;
import dev.pipewright.core.problem.ProblemCode;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * git's merge driver contract ({@code %O %A %B %P}): merges {@code ours} (%A) with {@code theirs} (%B) from their
 * common ancestor {@code base} (%O) and writes the result into {@code ours}. ADF resource files (a {@code .json}
 * directly in a resource folder of ADF's git layout, wherever the factory root is in the repository) are merged as
 * JSON trees; every other file, and a resource file that is not valid JSON, line by line as git would. Kept free of
 * picocli so {@code Main} can run it without building the command tree (a merge runs once per file).
 */
final class MergeDriver {
    private MergeDriver() {
    }

    /**
     * @param path the file's path in the repository (git's %P), or null; without it every file that parses as JSON is
     *             merged as a tree
     * @return 0 merged cleanly, 1 conflicts left with markers in {@code ours}, 2 could not run (nothing written)
     */
    static int run(Path base, Path ours, Path theirs, String path, PrintWriter err) {
        String shown = path != null ? path : ours.toString();
        byte[] baseBytes;
        byte[] oursBytes;
        byte[] theirsBytes;
        try {
            baseBytes = read(base);
            oursBytes = read(ours);
            theirsBytes = read(theirs);
        } catch (IOException e) {
            err.println(Problem.of(ProblemCode.MERGE_INPUT_UNREADABLE, null, shown, 0, 0,
                    "Cannot read a file to merge: " + e.getMessage(), "git passes the three versions as %O %A %B"));
            return Main.COULD_NOT_RUN;
        }
        boolean resource = path == null || ResourcePath.inRepository(path).isPresent();
        String baseText = utf8(baseBytes);
        String oursText = utf8(oursBytes);
        String theirsText = utf8(theirsBytes);
        Charset charset = StandardCharsets.UTF_8;
        if (baseText == null || oursText == null || theirsText == null) {
            charset = StandardCharsets.ISO_8859_1; // not text in UTF-8: merged as lines of bytes, written back byte for byte
            baseText = new String(baseBytes, charset);
            oursText = new String(oursBytes, charset);
            theirsText = new String(theirsBytes, charset);
        }
        MergeResult result = resource && charset == StandardCharsets.UTF_8
                ? JsonMerge.merge(baseText, oursText, theirsText)
                : TextMerge.merge(baseBytes.length == 0 ? null : baseText, oursText, theirsText);
        if (resource && path != null && result.fellBackToText()) {
            err.println(Problem.of(ProblemCode.MERGED_AS_TEXT, null, shown, 0, 0,
                    "Not valid JSON on every side (or holds comments or a key twice): merged line by line", ""));
        }
        if (!result.sameAsOurs()) {
            try {
                Files.write(ours, result.textWithMarkers().getBytes(charset)); // ours is git's temporary copy
            } catch (IOException e) {
                err.println(Problem.of(ProblemCode.WRITE_FAILED, null, shown, 0, 0, "Cannot write the merged file: " + e.getMessage(), ""));
                return Main.COULD_NOT_RUN;
            }
        }
        if (result.clean()) return Main.OK;
        for (Problem p : result.problems(shown, null)) err.println(p);
        return Main.PROBLEMS_FOUND;
    }

    private static byte[] read(Path file) throws IOException {
        return Files.readAllBytes(file);
    }

    /** The text of UTF-8 bytes, or null when they are not UTF-8. */
    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
