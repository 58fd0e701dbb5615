package dev.pipewright.core.codec;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pipewright.core.problem.Problem;
import dev.pipewright.core.problem.ProblemCode;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads JSON the way ADF's {@code JSON.parse} would, but reports what it meets instead of giving up:
 * a BOM, invalid UTF-8, comments (read leniently, with a warning), duplicate keys (JSON.parse would keep
 * the last one silently), trailing content, syntax errors — each with line and column.
 * Numbers become JavaScript numbers: integers up to 2^53 stay exact, everything else is a double.
 */
public final class JsonReader {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final JsonFactory STRICT = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(2000).build())
            .build();
    private static final JsonFactory LENIENT = JsonFactory.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(2000).build())
            .build();
    private static final long MAX_SAFE_INTEGER = (1L << 53);

    private final String file;
    private final String resource;
    private final List<Problem> problems = new ArrayList<>();

    private JsonReader(String file, String resource) {
        this.file = file;
        this.resource = resource;
    }

    /**
     * @param bytes    the file's bytes
     * @param file     the file as it appears in problems (relative to the factory root)
     * @param resource the resource id for problems, or null
     */
    public static ParsedJson read(byte[] bytes, String file, String resource) {
        return new JsonReader(file, resource).read(bytes);
    }

    /** Text already decoded (an editor's content, a merge input): the same as its UTF-8 bytes, without encoding them. */
    public static ParsedJson read(String text, String file) {
        JsonReader reader = new JsonReader(file, null);
        if (text.startsWith("\uFEFF")) {
            reader.byteOrderMark();
            text = text.substring(1);
        }
        return reader.parse(text);
    }

    private ParsedJson read(byte[] bytes) {
        int offset = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            offset = 3;
            byteOrderMark();
        }
        String text;
        try {
            text = decodeUtf8(bytes, offset);
        } catch (CharacterCodingException e) {
            return new ParsedJson(null, problems);
        }
        return parse(text);
    }

    private void byteOrderMark() {
        add(ProblemCode.BYTE_ORDER_MARK, 1, 1, "The file starts with a UTF-8 byte order mark (BOM); ADF never writes one",
                "Saving the resource writes it without the BOM");
    }

    private ParsedJson parse(String text) {
        JsonNode root = parse(text, STRICT);
        if (root == null && commentAtError(text)) {
            problems.remove(problems.size() - 1); // the strict error was the comment itself
            add(ProblemCode.JSON_COMMENT, lastErrorLine, lastErrorColumn,
                    "Comments are not JSON; ADF Studio cannot read a file that contains them",
                    "Remove the comment: saving the resource drops it");
            root = parse(text, LENIENT);
        }
        return new ParsedJson(root, List.copyOf(problems));
    }

    private int lastErrorLine;
    private int lastErrorColumn;

    /** Whether the strict parser stopped at a '/' (Jackson reports the column just after it). */
    private boolean commentAtError(String text) {
        int idx = offsetOf(text, lastErrorLine, lastErrorColumn);
        for (int i = Math.max(0, idx - 1); i <= idx && i < text.length(); i++) {
            if (text.charAt(i) == '/' && i + 1 < text.length() && (text.charAt(i + 1) == '/' || text.charAt(i + 1) == '*')) {
                lastErrorColumn -= idx - i;
                return true;
            }
        }
        return false;
    }

    private String decodeUtf8(byte[] bytes, int offset) throws CharacterCodingException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        var result = decoder.decode(in, out, true);
        if (result.isError()) {
            int bad = in.position();
            int line = 1;
            int lineStart = offset;
            for (int i = offset; i < bad; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            int column = new String(bytes, lineStart, bad - lineStart, StandardCharsets.UTF_8).length() + 1;
            add(ProblemCode.NOT_UTF8, line, column,
                    String.format("Byte 0x%02X at offset %d is not valid UTF-8", bytes[bad] & 0xFF, bad),
                    "Re-save the file as UTF-8 (ADF reads and writes only UTF-8)");
            throw new CharacterCodingException();
        }
        out.flip();
        return out.toString();
    }

    private JsonNode parse(String text, JsonFactory factory) {
        try (JsonParser parser = factory.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                add(ProblemCode.INVALID_JSON, 1, 1, "The file is empty", "An ADF resource file holds one JSON object");
                lastErrorLine = 0;
                return null;
            }
            JsonNode root = value(parser, first);
            JsonToken extra = parser.nextToken();
            if (extra != null) {
                JsonLocation at = parser.currentTokenLocation();
                add(ProblemCode.INVALID_JSON, at.getLineNr(), at.getColumnNr(),
                        "Unexpected content after the end of the JSON value", "Remove everything after the closing brace");
                return null;
            }
            return root;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            lastErrorLine = at == null ? 0 : at.getLineNr();
            lastErrorColumn = at == null ? 0 : at.getColumnNr();
            add(ProblemCode.INVALID_JSON, lastErrorLine, lastErrorColumn, clean(e.getOriginalMessage()),
                    "Fix the JSON syntax at this position; the rest of the factory loads without this file");
            return null;
        } catch (IOException e) {
            add(ProblemCode.INVALID_JSON, 0, 0, e.getMessage(), "");
            return null;
        }
    }

    private JsonNode value(JsonParser p, JsonToken token) throws IOException {
        switch (token) {
            case START_OBJECT -> {
                ObjectNode object = NODES.objectNode();
                JsonToken t;
                while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    JsonLocation at = p.currentTokenLocation();
                    JsonNode v = value(p, p.nextToken());
                    if (object.has(key)) {
                        add(ProblemCode.DUPLICATE_KEY, at.getLineNr(), at.getColumnNr(),
                                "Key \"" + key + "\" appears twice in the same object; ADF would silently keep only the last value",
                                "Delete one of the two \"" + key + "\" entries");
                    }
                    object.set(key, v);
                }
                return object;
            }
            case START_ARRAY -> {
                ArrayNode array = NODES.arrayNode();
                JsonToken t;
                while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                    array.add(value(p, t));
                }
                return array;
            }
            case VALUE_STRING -> {
                return NODES.textNode(p.getText());
            }
            case VALUE_NUMBER_INT -> {
                if (p.getNumberType() == JsonParser.NumberType.INT) return NODES.numberNode(p.getIntValue());
                if (p.getNumberType() == JsonParser.NumberType.LONG && Math.abs(p.getLongValue()) <= MAX_SAFE_INTEGER) {
                    return NODES.numberNode(p.getLongValue());
                }
                return NODES.numberNode(p.getDoubleValue()); // beyond 2^53 JavaScript keeps a double
            }
            case VALUE_NUMBER_FLOAT -> {
                double d = p.getDoubleValue();
                if (d == Math.rint(d) && Math.abs(d) <= MAX_SAFE_INTEGER && !(d == 0 && 1 / d < 0)) {
                    return NODES.numberNode((long) d); // 1.0 is the number 1 in JavaScript
                }
                return NODES.numberNode(d);
            }
            case VALUE_TRUE -> {
                return NODES.booleanNode(true);
            }
            case VALUE_FALSE -> {
                return NODES.booleanNode(false);
            }
            case VALUE_NULL -> {
                return NODES.nullNode();
            }
            default -> throw new IllegalStateException("Unexpected token " + token);
        }
    }

    private static String clean(String message) {
        return JsonSyntaxMessages.plain(message);
    }

    /** Character offset of a 1-based line/column in text, or -1. */
    static int offsetOf(String text, int line, int column) {
        if (line <= 0) return -1;
        int current = 1;
        int i = 0;
        while (current < line) {
            int nl = text.indexOf('\n', i);
            if (nl < 0) return -1;
            i = nl + 1;
            current++;
        }
        return i + Math.max(column, 1) - 1;
    }

    private void add(ProblemCode code, int line, int column, String message, String hint) {
        problems.add(Problem.of(code, resource, file, line, column, message, hint));
    }
}
