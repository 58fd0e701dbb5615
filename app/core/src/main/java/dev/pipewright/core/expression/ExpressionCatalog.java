package dev.pipewright.core.expression;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What "Add dynamic content" lists: every function of ADF's expression language by group (String, Collection,
 * Logical, Conversion, Math, Date) with its signature and a description, and the system variables (from
 * azure-docs "Expressions and functions" and "System variables"; reference §6). Each name is one the evaluator knows.
 */
public final class ExpressionCatalog {
    /** One function: {@code signature} as the docs write it ({@code [ ]} around optional arguments). */
    public record FunctionDoc(String name, String group, String signature, String description) {
        /** The text inserted for it: its name and the opening of its call. */
        public String insertText() {
            return name + "(";
        }
    }

    /** One system variable: the expression text and what it holds. */
    public record SystemVariable(String text, String description) {
    }

    private static final String RESOURCE = "/dev/pipewright/core/expression/expression-catalog.json";
    private static final List<FunctionDoc> FUNCTIONS = new ArrayList<>();
    private static final List<SystemVariable> SYSTEM = new ArrayList<>();

    static {
        try (InputStream in = ExpressionCatalog.class.getResourceAsStream(RESOURCE)) {
            JsonNode doc = new ObjectMapper().readTree(in);
            for (JsonNode f : doc.get("functions")) {
                FUNCTIONS.add(new FunctionDoc(f.get("name").asText(), f.get("group").asText(), f.get("signature").asText(), f.get("description").asText()));
            }
            for (JsonNode v : doc.get("systemVariables")) SYSTEM.add(new SystemVariable(v.get("text").asText(), v.get("description").asText()));
        } catch (IOException | NullPointerException e) {
            throw new UncheckedIOException(new IOException(RESOURCE + " cannot be read", e));
        }
    }

    private ExpressionCatalog() {
    }

    public static List<FunctionDoc> functions() {
        return List.copyOf(FUNCTIONS);
    }

    /** The functions by group, in the docs' order. */
    public static Map<String, List<FunctionDoc>> functionsByGroup() {
        Map<String, List<FunctionDoc>> groups = new LinkedHashMap<>();
        for (FunctionDoc f : FUNCTIONS) groups.computeIfAbsent(f.group(), g -> new ArrayList<>()).add(f);
        return groups;
    }

    public static List<SystemVariable> systemVariables() {
        return List.copyOf(SYSTEM);
    }
}
