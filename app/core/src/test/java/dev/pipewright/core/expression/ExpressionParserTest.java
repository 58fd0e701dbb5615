package dev.pipewright.core.expression;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExpressionParserTest {
    @Test
    void literals() {
        assertEquals("it's", ((Expr.Literal) ExpressionParser.parse("'it''s'")).value());
        assertEquals(42L, ((Expr.Literal) ExpressionParser.parse("42")).value());
        assertEquals(-1.5, ((Expr.Literal) ExpressionParser.parse("-1.5")).value());
        assertEquals(2.0e3, ((Expr.Literal) ExpressionParser.parse("2e3")).value());
        assertEquals(Boolean.TRUE, ((Expr.Literal) ExpressionParser.parse("true")).value());
        assertEquals(null, ((Expr.Literal) ExpressionParser.parse(" null ")).value());
    }

    @Test
    void callsWithNestedArgumentsAndAccessors() {
        Expr e = ExpressionParser.parse("concat(activity('Get Rows').output.value[0]?.name, '-', string(add(1, 2)))");
        Expr.Call concat = assertInstanceOf(Expr.Call.class, e);
        assertEquals("concat", concat.name());
        assertEquals(3, concat.args().size());
        Expr.Member name = assertInstanceOf(Expr.Member.class, concat.args().get(0));
        assertEquals("name", name.name());
        assertTrue(name.nullSafe());
        Expr.Index index = assertInstanceOf(Expr.Index.class, name.target());
        assertEquals(0L, ((Expr.Literal) index.index()).value());
        List<String> calls = new ArrayList<>();
        e.walk(x -> {
            if (x instanceof Expr.Call c) calls.add(c.name());
        });
        assertEquals(List.of("concat", "activity", "string", "add"), calls);
    }

    @Test
    void theLegacyFormWithoutParenthesesIsABareCall() {
        Expr.Member x = assertInstanceOf(Expr.Member.class, ExpressionParser.parse("pipeline.parameters.WaitInSec"));
        Expr.Member parameters = assertInstanceOf(Expr.Member.class, x.target());
        Expr.Call pipeline = assertInstanceOf(Expr.Call.class, parameters.target());
        assertTrue(pipeline.bare());
    }

    @Test
    void propertyNamesMayContainDashesAsGlobalParameterNamesDo() {
        Expr.Member gp = assertInstanceOf(Expr.Member.class, ExpressionParser.parse("pipeline().globalParameters.GP-Int"));
        assertEquals("GP-Int", gp.name());
    }

    @Test
    void indexWithAnExpression() {
        Expr e = ExpressionParser.parse("pipeline().parameters.map[variables('key')]");
        assertInstanceOf(Expr.Index.class, e);
    }

    @Test
    void errorsSayWhatAndWhere() {
        assertError("concat('a', 'b'", "expected ')' after the arguments of concat, the expression ends", 15);
        assertError("concat('a' 'b')", "expected ')' after the arguments of concat, found '''", 11);
        assertError("'unterminated", "the string that starts here is not closed with '", 0);
        assertError("", "the expression is empty", 0);
        assertError("equals(1, 2))", "unexpected ')' after a complete expression", 12);
        assertError("activity('A').", "expected a property name after '.' but the expression ends", 14);
        assertError("add(1, )", "unexpected ')' where a value was expected", 7);
        assertError("a ? b", "expected '.' or '[' after '?'", 3);
    }

    private static void assertError(String body, String message, int position) {
        ExpressionSyntaxException e = assertThrows(ExpressionSyntaxException.class, () -> ExpressionParser.parse(body));
        assertEquals(message, e.getMessage());
        assertEquals(position, e.position());
    }
}
