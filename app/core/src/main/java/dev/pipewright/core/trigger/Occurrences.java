package dev.pipewright.core.trigger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A Month recurrence's {@code monthlyOccurrences} as words: {@code First Monday, Last Friday, Every Sunday} for
 * {@code [{"day": "Monday", "occurrence": 1}, {"day": "Friday", "occurrence": -1}, {"day": "Sunday"}]}.
 */
final class Occurrences {
    private static final List<String> ORDINALS = List.of("first", "second", "third", "fourth", "fifth");

    private Occurrences() {
    }

    static String text(JsonNode list) {
        List<String> parts = new ArrayList<>();
        for (JsonNode o : list) {
            int n = o.path("occurrence").asInt(0);
            String which = n == 0 ? "Every" : n == -1 ? "Last" : n > 0 && n <= 5 ? capital(ORDINALS.get(n - 1)) : String.valueOf(n);
            parts.add(which + " " + o.path("day").asText());
        }
        return String.join(", ", parts);
    }

    static JsonNode value(String text) {
        if (text.isBlank()) return null;
        ArrayNode list = JsonNodeFactory.instance.arrayNode();
        for (String part : text.split("\\s*,\\s*")) {
            String[] words = part.strip().split("\\s+");
            if (words.length != 2) throw refused(part);
            ObjectNode o = list.addObject();
            o.put("day", Recurrence.dayName(Recurrence.day("On week days of the month", words[1])));
            String w = words[0].toLowerCase(Locale.ROOT);
            if (w.equals("every")) continue;
            int n = w.equals("last") ? -1 : ORDINALS.indexOf(w) + 1;
            if (n == 0) {
                try {
                    n = Integer.parseInt(w);
                } catch (NumberFormatException e) {
                    throw refused(part);
                }
            }
            if (n < -5 || n > 5 || n == 0) throw refused(part);
            o.put("occurrence", n);
        }
        return list;
    }

    private static InvalidTriggerException refused(String part) {
        return new InvalidTriggerException("On week days of the month: First … Fifth, Last or Every and a week day, e.g. First Monday, not '"
                + part.strip() + "'");
    }

    private static String capital(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
