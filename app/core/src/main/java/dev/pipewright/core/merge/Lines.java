package dev.pipewright.core.merge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Lines of a text with their terminators ({@code \n} or {@code \r\n}), and the ids the diff compares them by. */
final class Lines {
    private final Map<String, Integer> ids = new HashMap<>();
    /** Ids handed out to lines that must never match another (counting down from -2; -1 means "unmatched"). */
    private int nextUnique = -2;

    /** The lines of {@code text}, each with its terminator; the last one has none when the text does not end in one. */
    static List<String> split(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lines.add(text.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < text.length()) lines.add(text.substring(start));
        return lines;
    }

    /** The same id for equal lines. */
    int[] ids(List<String> lines) {
        int[] result = new int[lines.size()];
        for (int i = 0; i < result.length; i++) result[i] = id(lines.get(i));
        return result;
    }

    int id(String line) {
        return ids.computeIfAbsent(line, l -> ids.size());
    }

    /** An id no other line has. */
    int unique() {
        return nextUnique--;
    }

    /** The line break the text uses: {@code \r\n} when its first line ends so, else {@code \n}. */
    static String lineBreak(String text) {
        int nl = text.indexOf('\n');
        return nl > 0 && text.charAt(nl - 1) == '\r' ? "\r\n" : "\n";
    }
}
