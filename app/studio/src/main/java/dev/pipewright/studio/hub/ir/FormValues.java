package dev.pipewright.studio.hub.ir;

import dev.pipewright.core.ir.FieldProblem;
import dev.pipewright.core.problem.ProblemCode;
import javafx.beans.property.StringProperty;

import java.util.ArrayList;
import java.util.List;

/** Reads wizard text fields into settings values, collecting a finding for every number that is not one. */
final class FormValues {
    private final List<FieldProblem> problems = new ArrayList<>();

    int integer(StringProperty text, String field, String what) {
        String s = text.get() == null ? "" : text.get().trim();
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem(field, ProblemCode.IR_VALUE_MALFORMED, what + " '" + s + "' is not a whole number",
                    "Type digits only"));
            return 0;
        }
    }

    static String text(StringProperty p) {
        String s = p.get();
        return s == null || s.isBlank() ? null : s.trim();
    }

    List<FieldProblem> problems() {
        return problems;
    }
}
