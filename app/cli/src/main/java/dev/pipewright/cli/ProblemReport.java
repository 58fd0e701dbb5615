package dev.pipewright.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pipewright.core.problem.Problem;
import dev.pipewright.core.problem.ProblemCounts;
import dev.pipewright.core.problem.Severity;

import java.io.PrintWriter;
import java.util.List;

/** Prints problems as text (compiler style) or JSON, with a summary. */
final class ProblemReport {
    enum Format { text, json }

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ProblemReport() {
    }

    static long count(List<Problem> problems, Severity severity) {
        return ProblemCounts.count(problems, severity);
    }

    static String summary(List<Problem> problems) {
        return ProblemCounts.summary(problems);
    }

    static void printText(PrintWriter out, List<Problem> problems) {
        for (Problem p : problems) out.println(p);
    }

    static ArrayNode toJson(List<Problem> problems) {
        ArrayNode array = JSON.createArrayNode();
        for (Problem p : problems) {
            ObjectNode o = array.addObject();
            o.put("severity", p.severity().label());
            o.put("code", p.code());
            o.put("resource", p.resource());
            o.put("file", p.file());
            o.put("line", p.line());
            o.put("column", p.column());
            o.put("message", p.message());
            o.put("hint", p.hint());
        }
        return array;
    }

    static void printJson(PrintWriter out, ObjectNode document) {
        try {
            out.println(JSON.writeValueAsString(document));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code {"root", "errors", "warnings", ...fields the caller adds..., "problems"}}: the problems are set last by the caller. */
    static ObjectNode document(java.nio.file.Path root, List<Problem> problems) {
        ObjectNode doc = newDocument();
        doc.put("root", root.toString());
        doc.put("errors", count(problems, Severity.ERROR));
        doc.put("warnings", count(problems, Severity.WARNING));
        return doc;
    }

    static ObjectNode newDocument() {
        return JSON.createObjectNode();
    }
}
