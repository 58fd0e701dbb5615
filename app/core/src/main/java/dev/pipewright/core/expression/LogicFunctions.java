package dev.pipewright.core.expression;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static dev.pipewright.core.expression.Library.define;

/** Logical, comparison and math functions. Integer arithmetic stays integer (div truncates), as in ADF. */
final class LogicFunctions {
    private LogicFunctions() {
    }

    static void register() {
        define("equals", 2, 2, c -> bool(Values.same(c.arg(0), c.arg(1))));
        define("not", 1, 1, c -> bool(!Values.asBoolean(c.arg(0), c.name())));
        define("and", 1, -1, c -> bool(c.args().stream().allMatch(a -> Values.asBoolean(a, c.name()))));
        define("or", 1, -1, c -> bool(c.args().stream().anyMatch(a -> Values.asBoolean(a, c.name()))));
        define("if", 3, 3, c -> Values.asBoolean(c.arg(0), c.name()) ? c.arg(1) : c.arg(2));
        define("greater", 2, 2, c -> bool(compare(c) > 0));
        define("greaterOrEquals", 2, 2, c -> bool(compare(c) >= 0));
        define("less", 2, 2, c -> bool(compare(c) < 0));
        define("lessOrEquals", 2, 2, c -> bool(compare(c) <= 0));
        define("add", 2, 2, c -> arithmetic(c, Math::addExact, Double::sum));
        define("sub", 2, 2, c -> arithmetic(c, Math::subtractExact, (a, b) -> a - b));
        define("mul", 2, 2, c -> arithmetic(c, Math::multiplyExact, (a, b) -> a * b));
        define("div", 2, 2, c -> {
            if (c.number(1) == 0) throw new EvaluationException("div: division by zero");
            return arithmetic(c, (a, b) -> a / b, (a, b) -> a / b);
        });
        define("mod", 2, 2, c -> {
            if (c.number(1) == 0) throw new EvaluationException("mod: division by zero");
            return arithmetic(c, (a, b) -> a % b, (a, b) -> a % b);
        });
        define("max", 1, -1, c -> extreme(c, true));
        define("min", 1, -1, c -> extreme(c, false));
        define("range", 2, 2, c -> {
            ArrayNode out = Values.NODES.arrayNode();
            long start = c.integer(0);
            long count = c.integer(1);
            if (count < 0 || count > 100_000) throw new EvaluationException("range: count must be 0 to 100000, got " + count);
            for (long i = 0; i < count; i++) out.add(start + i);
            return out;
        });
        define("rand", 2, 2, c -> {
            long min = c.integer(0);
            long max = c.integer(1);
            if (max <= min) throw new EvaluationException("rand: the maximum must be greater than the minimum");
            return Values.number(ThreadLocalRandom.current().nextLong(min, max));
        });
    }

    private interface LongOp {
        long apply(long a, long b);
    }

    private interface DoubleOp {
        double apply(double a, double b);
    }

    private static JsonNode arithmetic(Library.Call c, LongOp integers, DoubleOp decimals) {
        JsonNode a = c.arg(0);
        JsonNode b = c.arg(1);
        Values.asNumber(a, c.name());
        Values.asNumber(b, c.name());
        if (a.isIntegralNumber() && b.isIntegralNumber()) {
            try {
                return Values.NODES.numberNode(integers.apply(a.longValue(), b.longValue()));
            } catch (ArithmeticException overflow) {
                throw new EvaluationException(c.name() + ": the result does not fit in a 64-bit integer");
            }
        }
        return Values.NODES.numberNode(decimals.apply(a.doubleValue(), b.doubleValue()));
    }

    /** Numbers by value, strings ordinally; anything else cannot be compared. */
    private static int compare(Library.Call c) {
        JsonNode a = c.arg(0);
        JsonNode b = c.arg(1);
        if (a.isNumber() && b.isNumber()) return Double.compare(a.doubleValue(), b.doubleValue());
        if (a.isTextual() && b.isTextual()) return a.asText().compareTo(b.asText());
        throw new EvaluationException(c.name() + " compares two numbers or two strings, got " + Values.describe(a) + " and " + Values.describe(b));
    }

    private static JsonNode extreme(Library.Call c, boolean max) {
        List<JsonNode> values = c.args().size() == 1 && c.arg(0).isArray()
                ? iterable(c.arg(0)) : c.args();
        if (values.isEmpty()) throw new EvaluationException(c.name() + " needs at least one number");
        JsonNode best = null;
        for (JsonNode v : values) {
            Values.asNumber(v, c.name());
            if (best == null || (max ? v.doubleValue() > best.doubleValue() : v.doubleValue() < best.doubleValue())) best = v;
        }
        return best;
    }

    private static List<JsonNode> iterable(JsonNode array) {
        List<JsonNode> list = new java.util.ArrayList<>();
        array.forEach(list::add);
        return list;
    }

    private static JsonNode bool(boolean b) {
        return Values.NODES.booleanNode(b);
    }
}
