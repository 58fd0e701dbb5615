package dev.pipewright.core.expression;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Evaluates ADF expressions against a {@link Scope}, with ADF's value rules: {@code "@expr"} keeps the
 * expression's type, {@code "text @{expr} text"} is always a string, {@code "@@"} escapes a literal {@code @},
 * and a property value {@code {"value": "...", "type": "Expression"}} is its evaluated value.
 */
public final class Evaluator {
    private Evaluator() {
    }

    public static JsonNode evaluate(Expr expr, Scope scope) {
        if (expr instanceof Expr.Literal l) return Values.of(l.value());
        if (expr instanceof Expr.Call c) {
            List<JsonNode> args = new ArrayList<>(c.args().size());
            for (Expr a : c.args()) args.add(evaluate(a, scope));
            return Library.call(c.name(), args, scope);
        }
        if (expr instanceof Expr.Member m) {
            JsonNode target = evaluate(m.target(), scope);
            return member(target, m.name(), m.nullSafe());
        }
        Expr.Index i = (Expr.Index) expr;
        JsonNode target = evaluate(i.target(), scope);
        return index(target, evaluate(i.index(), scope), i.nullSafe());
    }

    /** One JSON string value of a property, by ADF's rules. @throws ExpressionSyntaxException, EvaluationException */
    public static JsonNode evaluateValue(String value, Scope scope) {
        if (value.startsWith("@@")) return Values.text(value.substring(1));
        if (value.startsWith("@") && !value.startsWith("@{")) return evaluate(ExpressionParser.parse(value.substring(1)), scope);
        if (!value.contains("@{")) return Values.text(value);
        StringBuilder out = new StringBuilder();
        int from = 0;
        for (int at = value.indexOf("@{"); at >= 0; at = value.indexOf("@{", from)) {
            if (at > 0 && value.charAt(at - 1) == '@') { // "@@{" is a literal "@{"
                out.append(value, from, at - 1).append("@{");
                from = at + 2;
                continue;
            }
            int end = ExpressionText.closingBrace(value, at + 2);
            if (end < 0) throw new ExpressionSyntaxException("the interpolation '@{' is not closed with '}'", at);
            out.append(value, from, at).append(Values.asString(evaluate(ExpressionParser.parse(value.substring(at + 2, end)), scope)));
            from = end + 1;
        }
        return Values.text(out.append(value.substring(from)).toString());
    }

    /** A whole JSON value with every expression in it evaluated: strings by {@link #evaluateValue}, Expression objects unwrapped. */
    public static JsonNode resolve(JsonNode node, Scope scope) {
        if (node.isTextual()) return evaluateValue(node.asText(), scope);
        if (node.isObject()) {
            if (isExpressionObject(node)) return evaluateValue(node.get("value").asText(), scope);
            ObjectNode out = Values.NODES.objectNode();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                out.set(f.getKey(), resolve(f.getValue(), scope));
            }
            return out;
        }
        if (node.isArray()) {
            ArrayNode out = Values.NODES.arrayNode();
            node.forEach(e -> out.add(resolve(e, scope)));
            return out;
        }
        return node;
    }

    /** {@code {"value": "@...", "type": "Expression"}}: how ADF stores a dynamic property. */
    public static boolean isExpressionObject(JsonNode node) {
        return node.isObject() && node.size() == 2 && node.path("type").asText().equals("Expression") && node.path("value").isTextual();
    }

    private static JsonNode member(JsonNode target, String name, boolean nullSafe) {
        if (target.isNull() && nullSafe) return target;
        if (!target.isObject()) {
            throw new EvaluationException("cannot read property '" + name + "' of " + Values.describe(target));
        }
        JsonNode v = target.get(name);
        if (v == null) v = ignoringCase(target, name);
        if (v != null) return v;
        if (nullSafe) return Values.NODES.nullNode();
        StringJoiner available = new StringJoiner(", ");
        target.fieldNames().forEachRemaining(available::add);
        throw new EvaluationException("property '" + name + "' doesn't exist, available properties are '" + available + "'");
    }

    private static JsonNode ignoringCase(JsonNode object, String name) {
        for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (f.equalsIgnoreCase(name)) return object.get(f);
        }
        return null;
    }

    private static JsonNode index(JsonNode target, JsonNode index, boolean nullSafe) {
        if (target.isNull() && nullSafe) return target;
        if (index.isTextual()) return member(target, index.asText(), nullSafe);
        if (!target.isArray()) throw new EvaluationException("cannot index " + Values.describe(target) + " with " + Values.describe(index));
        long i = Values.asInteger(index, "[]");
        if (i < 0 || i >= target.size()) {
            if (nullSafe) return Values.NODES.nullNode();
            throw new EvaluationException("index " + i + " is outside an array of " + target.size());
        }
        return target.get((int) i);
    }
}
