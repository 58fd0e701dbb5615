package dev.pipewright.core.expression;

import java.util.List;
import java.util.function.Consumer;

/**
 * A parsed ADF expression (the body after {@code @} or inside {@code @{ }}). ADF's expression language has no
 * operators: everything is a literal, a function call, or property/index access on a value. Positions are
 * character offsets in the expression body.
 */
public sealed interface Expr {
    int position();

    /** A string, number ({@code Long} or {@code Double}), boolean or null. */
    record Literal(Object value, int position) implements Expr {
    }

    /** {@code name(args)}; {@code bare} for the legacy form without parentheses ({@code pipeline.parameters.x}). */
    record Call(String name, List<Expr> args, boolean bare, int position) implements Expr {
        public Call {
            args = List.copyOf(args);
        }

        /** The argument at {@code i} if it is a string literal, else null. */
        public String stringArgument(int i) {
            return i < args.size() && args.get(i) instanceof Literal l && l.value() instanceof String s ? s : null;
        }
    }

    /** {@code target.name} or {@code target?.name}. */
    record Member(Expr target, String name, boolean nullSafe, int position) implements Expr {
    }

    /** {@code target[index]} or {@code target?[index]}. */
    record Index(Expr target, Expr index, boolean nullSafe, int position) implements Expr {
    }

    /** Visits this expression and everything inside it, outer first. */
    default void walk(Consumer<Expr> visitor) {
        visitor.accept(this);
        if (this instanceof Call c) {
            c.args().forEach(a -> a.walk(visitor));
        } else if (this instanceof Member m) {
            m.target().walk(visitor);
        } else if (this instanceof Index i) {
            i.target().walk(visitor);
            i.index().walk(visitor);
        }
    }

    /**
     * {@code x} when {@code e} reads {@code accessor().group.x} or {@code accessor().group['x']} (group null:
     * {@code accessor().x}); the legacy form without parentheses counts too. Null otherwise.
     */
    static String memberOf(Expr e, String accessor, String group) {
        Expr target;
        String name;
        if (e instanceof Member m) {
            target = m.target();
            name = m.name();
        } else if (e instanceof Index i && i.index() instanceof Literal l && l.value() instanceof String s) {
            target = i.target();
            name = s;
        } else {
            return null;
        }
        if (group != null) {
            if (!(target instanceof Member g) || !g.name().equalsIgnoreCase(group)) return null;
            target = g.target();
        }
        boolean matches = target instanceof Call c && c.name().equalsIgnoreCase(accessor) && c.args().isEmpty();
        return matches ? name : null;
    }
}
