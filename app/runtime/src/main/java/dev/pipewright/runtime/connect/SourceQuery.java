package dev.pipewright.runtime.connect;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pipewright.core.form.StoreDefaults;

import java.util.Optional;

/**
 * The query an activity's source reads instead of its dataset's table, as ADF's Preview data on a Copy or Lookup
 * source shows that query's result: the source's {@code sqlReaderQuery}, {@code oracleReaderQuery} or {@code query}
 * (by its type), when the previewed dataset is the one the source reads (a Copy's input, a Lookup's dataset).
 */
final class SourceQuery {
    private SourceQuery() {
    }

    /** The query value (text or an Expression object) of {@code activity}'s source reading {@code dataset}; empty: none. */
    static Optional<JsonNode> of(JsonNode activity, String dataset) {
        if (activity == null || dataset == null) return Optional.empty();
        JsonNode read = switch (activity.path("type").asText("")) {
            case "Copy" -> activity.path("inputs").path(0);
            case "Lookup" -> activity.path("typeProperties").path("dataset");
            default -> null;
        };
        if (read == null || !read.path("referenceName").asText("").equalsIgnoreCase(dataset)) return Optional.empty();
        JsonNode source = activity.path("typeProperties").path("source");
        String member = StoreDefaults.queryMember(source.path("type").asText(""));
        JsonNode query = member == null ? null : source.get(member);
        if (query == null || query.isNull() || query.isTextual() && query.asText().isBlank()) return Optional.empty();
        return Optional.of(query);
    }
}
