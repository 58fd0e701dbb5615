package dev.pipewright.core.expression;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ExpressionTextTest {
    @Test
    void aValueStartingWithAtIsOneExpression() {
        assertEquals(List.of("activity('A').output"), ExpressionText.expressionsIn("@activity('A').output"));
    }

    @Test
    void doubleAtEscapesALiteral() {
        assertEquals(List.of(), ExpressionText.expressionsIn("@@activity('A')"));
    }

    @Test
    void plainTextHasNoExpressionsEvenWhenItLooksLikeOne() {
        assertEquals(List.of(), ExpressionText.expressionsIn("SELECT * FROM t WHERE id NOT IN (activity('A').output)"));
    }

    @Test
    void interpolationsAreFoundAndBracesInsideStringLiteralsIgnored() {
        assertEquals(List.of("pipeline().parameters.schema", "concat('}', '{x}', 'it''s')"),
                ExpressionText.expressionsIn("SELECT * FROM [@{pipeline().parameters.schema}] -- @{concat('}', '{x}', 'it''s')} end"));
    }

    @Test
    void nestedBracesInAnInterpolationStayInside() {
        assertEquals(List.of("json('{\"a\": 1}').a"), ExpressionText.expressionsIn("x @{json('{\"a\": 1}').a} y"));
    }

    @Test
    void anUnterminatedInterpolationYieldsNothing() {
        assertEquals(List.of("a"), ExpressionText.expressionsIn("@{a} and @{b"));
    }

    @Test
    void aStringStartingWithAnInterpolationIsReadAsInterpolation() {
        assertEquals(List.of("variables('v')", "item()"), ExpressionText.expressionsIn("@{variables('v')}/@{item()}"));
    }
}
