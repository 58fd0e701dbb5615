package dev.pipewright.core.validate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pipewright.core.codec.JsonLocator;
import dev.pipewright.core.expression.Expr;
import dev.pipewright.core.expression.ExpressionParser;
import dev.pipewright.core.expression.ExpressionSyntaxException;
import dev.pipewright.core.expression.ExpressionText;
import dev.pipewright.core.expression.Functions;
import dev.pipewright.core.factory.Resource;
import dev.pipewright.core.problem.ProblemCode;
import dev.pipewright.core.text.Suggestions;

import java.util.Iterator;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.BiPredicate;

/**
 * Finds every expression in a piece of a resource's JSON, reports those that do not parse (PW411) or call
 * an unknown function (PW412), and hands each parsed expression, with the pointer of its value, to the
 * caller's rule.
 */
final class ExpressionScanner {
    private final Resource resource;
    private final Findings findings;
    /** Fields to leave out, by the pointer of the object holding them and the field name. */
    private final BiPredicate<String, String> skip;

    ExpressionScanner(Resource resource, Findings findings, BiPredicate<String, String> skip) {
        this.resource = resource;
        this.findings = findings;
        this.skip = skip;
    }

    /** @param where what holds the expressions, for messages: "activity 'Copy1'", "dataset 'Sales'" */
    void scan(JsonNode node, String pointer, String where, BiConsumer<Expr, String> rule) {
        if (node.isTextual()) {
            for (String body : ExpressionText.expressionsIn(node.asText())) check(body, pointer, where, rule);
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) scan(node.get(i), JsonLocator.child(pointer, i), where, rule);
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                if (!skip.test(pointer, field.getKey())) scan(field.getValue(), JsonLocator.child(pointer, field.getKey()), where, rule);
            }
        }
    }

    private void check(String body, String pointer, String where, BiConsumer<Expr, String> rule) {
        Expr expr;
        try {
            expr = ExpressionParser.parse(body);
        } catch (ExpressionSyntaxException e) {
            findings.add(ProblemCode.EXPRESSION_SYNTAX, resource, pointer,
                    "Expression in " + where + " does not parse: " + e.getMessage() + " (character " + (e.position() + 1)
                            + " of @{" + abbreviate(body) + "})",
                    "Fix the expression: ADF refuses to run with an expression that does not parse");
            return;
        }
        expr.walk(e -> {
            if (e instanceof Expr.Call call && !Functions.isKnown(call.name())) {
                findings.add(ProblemCode.UNKNOWN_FUNCTION, resource, pointer, "Expression in " + where + " calls '" + call.name()
                                + "', which is not a function of ADF's expression language" + Suggestions.didYouMean(call.name(), Functions.spellings()),
                        "Correct the name; the functions are listed in ADF's \"Expressions and functions\" documentation");
            }
        });
        rule.accept(expr, pointer);
    }

    /** See {@link Expr#memberOf}. */
    static String memberOf(Expr e, String accessor, String group) {
        return Expr.memberOf(e, accessor, group);
    }

    private static String abbreviate(String body) {
        return body.length() <= 60 ? body : body.substring(0, 57) + "...";
    }
}
