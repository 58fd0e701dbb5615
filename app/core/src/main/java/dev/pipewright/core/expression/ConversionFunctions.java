package dev.pipewright.core.expression;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static dev.pipewright.core.expression.Library.define;

/**
 * Conversion functions. Binary values are ADF's JSON form {@code {"$content-type": ..., "$content": base64}}.
 * {@code xml} and {@code xpath} are in {@link XmlFunctions}.
 */
final class ConversionFunctions {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String OCTETS = "application/octet-stream";

    private ConversionFunctions() {
    }

    static void register() {
        define("string", 1, 1, c -> Values.text(Values.asString(c.arg(0))));
        define("int", 1, 1, c -> Values.NODES.numberNode(toInteger(c.arg(0))));
        define("float", 1, 1, c -> Values.NODES.numberNode(toDouble(c.arg(0))));
        define("bool", 1, 1, c -> Values.NODES.booleanNode(toBoolean(c.arg(0))));
        define("json", 1, 1, c -> parseJson(c.arg(0)));
        define("array", 1, 1, c -> Values.NODES.arrayNode().add(c.arg(0)));
        define("createArray", 1, -1, c -> {
            ArrayNode out = Values.NODES.arrayNode();
            c.args().forEach(out::add);
            return out;
        });
        define("coalesce", 1, -1, c -> c.args().stream().filter(a -> !a.isNull()).findFirst().orElse(Values.NODES.nullNode()));
        define("base64", 1, 1, c -> Values.text(base64(Values.asString(c.arg(0)))));
        define("base64ToString", 1, 1, c -> Values.text(fromBase64(c.text(0))));
        define("decodeBase64", 1, 1, c -> Values.text(fromBase64(c.text(0))));
        define("base64ToBinary", 1, 1, c -> binary(OCTETS, c.text(0)));
        define("binary", 1, 1, c -> binary(OCTETS, base64(Values.asString(c.arg(0)))));
        define("encodeUriComponent", 1, 1, c -> Values.text(encode(Values.asString(c.arg(0)))));
        define("uriComponent", 1, 1, c -> Values.text(encode(Values.asString(c.arg(0)))));
        define("decodeUriComponent", 1, 1, c -> Values.text(decode(c.text(0))));
        define("uriComponentToString", 1, 1, c -> Values.text(decode(c.text(0))));
        define("uriComponentToBinary", 1, 1, c -> binary(OCTETS, base64(decode(c.text(0)))));
        define("dataUri", 1, 1, c -> Values.text("data:text/plain;charset=utf-8;base64," + base64(Values.asString(c.arg(0)))));
        define("dataUriToString", 1, 1, c -> Values.text(fromBase64(dataUriContent(c.text(0)))));
        define("decodeDataUri", 1, 1, c -> Values.text(fromBase64(dataUriContent(c.text(0)))));
        define("dataUriToBinary", 1, 1, c -> binary(OCTETS, dataUriContent(c.text(0))));
        XmlFunctions.register();
    }

    private static long toInteger(JsonNode v) {
        if (v.isIntegralNumber()) return v.longValue();
        if (v.isNumber() && v.doubleValue() == Math.rint(v.doubleValue())) return (long) v.doubleValue();
        if (v.isTextual()) {
            try {
                return Long.parseLong(v.asText().strip());
            } catch (NumberFormatException e) {
                // fall through to the error
            }
        }
        throw new EvaluationException("int cannot convert " + Values.describe(v) + " to an integer");
    }

    private static double toDouble(JsonNode v) {
        if (v.isNumber()) return v.doubleValue();
        if (v.isTextual()) {
            try {
                return Double.parseDouble(v.asText().strip());
            } catch (NumberFormatException e) {
                // fall through to the error
            }
        }
        throw new EvaluationException("float cannot convert " + Values.describe(v) + " to a number");
    }

    private static boolean toBoolean(JsonNode v) {
        if (v.isNumber()) return v.doubleValue() != 0;
        return Values.asBoolean(v, "bool");
    }

    private static JsonNode parseJson(JsonNode v) {
        if (!v.isTextual()) return v;
        try {
            return JSON.readTree(v.asText());
        } catch (JsonProcessingException e) {
            throw new EvaluationException("json cannot parse " + Values.describe(v) + ": " + e.getOriginalMessage());
        }
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String fromBase64(String base64) {
        try {
            return new String(Base64.getDecoder().decode(base64.strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new EvaluationException("not valid base64: " + e.getMessage());
        }
    }

    private static ObjectNode binary(String contentType, String base64) {
        ObjectNode o = Values.NODES.objectNode();
        o.put("$content-type", contentType);
        o.put("$content", base64);
        return o;
    }

    /** RFC 3986 percent-encoding, as encodeURIComponent does (spaces become %20, not +). */
    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20").replace("%7E", "~")
                .replace("%21", "!").replace("%27", "'").replace("%28", "(").replace("%29", ")").replace("%2A", "*");
    }

    private static String decode(String text) {
        return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static String dataUriContent(String uri) {
        int comma = uri.indexOf(',');
        if (!uri.startsWith("data:") || comma < 0 || !uri.substring(0, comma).endsWith(";base64")) {
            throw new EvaluationException("not a base64 data URI: " + (uri.length() > 40 ? uri.substring(0, 37) + "..." : uri));
        }
        return uri.substring(comma + 1);
    }
}
