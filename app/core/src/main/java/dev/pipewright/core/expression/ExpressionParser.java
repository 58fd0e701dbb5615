package dev.pipewright.core.expression;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses one ADF expression body (what follows {@code @}, or the inside of {@code @{ }}):
 * <pre>
 * expr     := primary accessor*
 * primary  := literal | IDENT '(' [expr (',' expr)*] ')' | IDENT          (bare: legacy pipeline.parameters.x)
 * accessor := ('.' | '?.') NAME | ('[' | '?[') expr ']'        (NAME: an identifier that may contain '-')
 * literal  := 'text' ('' escapes a quote) | number | true | false | null
 * </pre>
 */
public final class ExpressionParser {
    private final String text;
    private int pos;

    private ExpressionParser(String text) {
        this.text = text;
    }

    /** @throws ExpressionSyntaxException with the offending position */
    public static Expr parse(String body) {
        ExpressionParser p = new ExpressionParser(body);
        p.skipSpace();
        if (p.atEnd()) throw new ExpressionSyntaxException("the expression is empty", 0);
        Expr e = p.expression();
        p.skipSpace();
        if (!p.atEnd()) throw new ExpressionSyntaxException("unexpected '" + p.peek() + "' after a complete expression", p.pos);
        return e;
    }

    private Expr expression() {
        Expr e = primary();
        while (true) {
            skipSpace();
            int at = pos;
            boolean nullSafe = consume("?");
            if (consume(".")) {
                skipSpace();
                e = new Expr.Member(e, propertyName(), nullSafe, at);
            } else if (consume("[")) {
                Expr index = expression();
                expect("]", "to close '['");
                e = new Expr.Index(e, index, nullSafe, at);
            } else if (nullSafe) {
                throw new ExpressionSyntaxException("expected '.' or '[' after '?'", pos);
            } else {
                return e;
            }
        }
    }

    private Expr primary() {
        skipSpace();
        int at = pos;
        if (atEnd()) throw new ExpressionSyntaxException("the expression ends where a value was expected", pos);
        char c = peek();
        if (c == '\'') return new Expr.Literal(string(), at);
        if (c == '-' || Character.isDigit(c)) return new Expr.Literal(number(), at);
        if (!isIdentifierStart(c)) throw new ExpressionSyntaxException("unexpected '" + c + "' where a value was expected", pos);
        String name = identifier("a value");
        switch (name) {
            case "true": return new Expr.Literal(Boolean.TRUE, at);
            case "false": return new Expr.Literal(Boolean.FALSE, at);
            case "null": return new Expr.Literal(null, at);
            default: break;
        }
        skipSpace();
        if (!consume("(")) return new Expr.Call(name, List.of(), true, at);
        List<Expr> args = new ArrayList<>();
        skipSpace();
        if (!consume(")")) {
            do {
                args.add(expression());
                skipSpace();
            } while (consume(","));
            expect(")", "after the arguments of " + name);
        }
        return new Expr.Call(name, args, false, at);
    }

    private String string() {
        int start = pos++;
        StringBuilder sb = new StringBuilder();
        while (!atEnd()) {
            char c = text.charAt(pos++);
            if (c != '\'') {
                sb.append(c);
            } else if (!atEnd() && peek() == '\'') {
                sb.append('\'');
                pos++;
            } else {
                return sb.toString();
            }
        }
        throw new ExpressionSyntaxException("the string that starts here is not closed with '", start);
    }

    private Object number() {
        int start = pos;
        if (peek() == '-') pos++;
        int digits = pos;
        while (!atEnd() && Character.isDigit(peek())) pos++;
        if (pos == digits) throw new ExpressionSyntaxException("expected a digit after '-'", pos);
        boolean decimal = false;
        if (!atEnd() && peek() == '.' && pos + 1 < text.length() && Character.isDigit(text.charAt(pos + 1))) {
            decimal = true;
            pos++;
            while (!atEnd() && Character.isDigit(peek())) pos++;
        }
        if (!atEnd() && (peek() == 'e' || peek() == 'E')) {
            decimal = true;
            pos++;
            if (!atEnd() && (peek() == '+' || peek() == '-')) pos++;
            int exp = pos;
            while (!atEnd() && Character.isDigit(peek())) pos++;
            if (pos == exp) throw new ExpressionSyntaxException("expected the exponent's digits", pos);
        }
        String literal = text.substring(start, pos);
        if (decimal) return Double.parseDouble(literal);
        try {
            return Long.parseLong(literal);
        } catch (NumberFormatException tooBig) {
            return Double.parseDouble(literal);
        }
    }

    private String identifier(String what) {
        if (atEnd() || !isIdentifierStart(peek())) {
            throw new ExpressionSyntaxException("expected " + what + (atEnd() ? " but the expression ends" : ", found '" + peek() + "'"), pos);
        }
        int start = pos;
        while (!atEnd() && (isIdentifierStart(peek()) || Character.isDigit(peek()))) pos++;
        return text.substring(start, pos);
    }

    /**
     * A name after '.': an identifier that may also contain '-', as ADF writes global parameters named with
     * dashes ({@code pipeline().globalParameters.GP-Int}); the language has no minus operator to confuse it with.
     */
    private String propertyName() {
        String name = identifier("a property name after '.'");
        int start = pos - name.length();
        while (!atEnd() && (peek() == '-' || isIdentifierStart(peek()) || Character.isDigit(peek()))) pos++;
        return text.substring(start, pos);
    }

    private static boolean isIdentifierStart(char c) {
        return Character.isLetter(c) || c == '_' || c == '$';
    }

    private void expect(String token, String why) {
        skipSpace();
        if (!consume(token)) {
            String found = atEnd() ? "the expression ends" : "found '" + peek() + "'";
            throw new ExpressionSyntaxException("expected '" + token + "' " + why + ", " + found, pos);
        }
    }

    private boolean consume(String token) {
        if (text.startsWith(token, pos)) {
            pos += token.length();
            return true;
        }
        return false;
    }

    private void skipSpace() {
        while (!atEnd() && Character.isWhitespace(peek())) pos++;
    }

    private boolean atEnd() {
        return pos >= text.length();
    }

    private char peek() {
        return text.charAt(pos);
    }
}
