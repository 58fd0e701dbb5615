package dev.pipewright.core.form;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import java.util.ArrayList;
import java.util.List;

/** One option of a choice field: what the form shows and the JSON it writes (null: the member is removed). */
public record Choice(String label, JsonNode value) {
    /** Options whose label is the value written. */
    public static List<Choice> texts(String... values) {
        List<Choice> list = new ArrayList<>();
        for (String v : values) list.add(new Choice(v, JsonNodeFactory.instance.textNode(v)));
        return list;
    }

    /** Integer options (a data flow's core count). */
    public static List<Choice> ints(int... values) {
        List<Choice> list = new ArrayList<>();
        for (int v : values) list.add(new Choice(String.valueOf(v), JsonNodeFactory.instance.numberNode(v)));
        return list;
    }

    public static Choice none(String label) {
        return new Choice(label, null);
    }

    public static Choice of(String label, String value) {
        return new Choice(label, JsonNodeFactory.instance.textNode(value));
    }
}
