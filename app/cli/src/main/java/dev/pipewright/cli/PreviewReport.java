package dev.pipewright.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pipewright.plugins.api.Column;
import dev.pipewright.runtime.connect.PreviewResult;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Prints a preview as an aligned table, JSON or CSV. */
final class PreviewReport {
    private static final int MAX_WIDTH = 40;

    private PreviewReport() {
    }

    static void table(PrintWriter out, PreviewResult r, String elapsed) {
        if (r.ok()) {
            List<String[]> lines = new ArrayList<>();
            String[] head = new String[r.columns().size()];
            for (int i = 0; i < head.length; i++) head[i] = r.columns().get(i).name() + " (" + r.columns().get(i).label() + ")";
            lines.add(head);
            for (Object[] row : r.rows()) {
                String[] cells = new String[head.length];
                for (int i = 0; i < cells.length; i++) cells[i] = cell(i < row.length ? row[i] : null);
                lines.add(cells);
            }
            int[] width = new int[head.length];
            for (String[] l : lines) for (int i = 0; i < l.length; i++) width[i] = Math.max(width[i], l[i].length());
            for (int n = 0; n < lines.size(); n++) {
                StringBuilder sb = new StringBuilder();
                for (int i = 0; i < head.length; i++) {
                    if (i > 0) sb.append("  ");
                    sb.append(i == head.length - 1 ? lines.get(n)[i] : pad(lines.get(n)[i], width[i]));
                }
                out.println(sb.toString().stripTrailing());
            }
        }
        String rows = r.rows().size() + (r.rows().size() == 1 ? " row" : " rows");
        out.println((r.ok() ? rows + (r.more() ? " (more in the source)" : "") + " of " : "Preview failed: ") + "dataset " + r.dataset()
                + (r.via().isEmpty() ? "" : " via " + r.via()) + (r.target().isEmpty() ? "" : ", through " + r.target()) + " (" + elapsed + ")");
        ProblemReport.printText(out, r.problems());
    }

    static void json(PrintWriter out, PreviewResult r) {
        ObjectNode doc = ProblemReport.newDocument();
        doc.put("dataset", r.dataset());
        doc.put("ok", r.ok());
        doc.put("via", r.via());
        doc.put("target", r.target());
        ArrayNode cols = doc.putArray("columns");
        for (Column c : r.columns()) {
            ObjectNode col = cols.addObject().put("name", c.name()).put("type", c.type().name().toLowerCase());
            if (!c.typeName().isEmpty()) col.put("typeName", c.typeName());
        }
        ArrayNode rows = doc.putArray("rows");
        for (Object[] row : r.rows()) {
            ArrayNode a = rows.addArray();
            for (Object v : row) {
                if (v == null) a.addNull();
                else if (v instanceof Long l) a.add(l);
                else if (v instanceof Integer i) a.add(i);
                else if (v instanceof Double d) a.add(d);
                else if (v instanceof BigDecimal d) a.add(d);
                else if (v instanceof Boolean b) a.add(b);
                else a.add(cell(v));
            }
        }
        doc.put("more", r.more());
        doc.put("elapsedMs", r.elapsed().toMillis());
        doc.set("problems", ProblemReport.toJson(r.problems()));
        ProblemReport.printJson(out, doc);
    }

    static void csv(PrintWriter out, PrintWriter err, PreviewResult r) {
        if (!r.ok()) {
            ProblemReport.printText(err, r.problems());
            return;
        }
        List<String> head = r.columns().stream().map(Column::name).toList();
        out.println(String.join(",", head.stream().map(PreviewReport::csvCell).toList()));
        for (Object[] row : r.rows()) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                if (i > 0) sb.append(',');
                if (row[i] != null) sb.append(csvCell(cell(row[i])));
            }
            out.println(sb);
        }
    }

    private static String cell(Object v) {
        if (v == null) return "NULL";
        if (v instanceof byte[] b) return "0x" + java.util.HexFormat.of().formatHex(b, 0, Math.min(b.length, 16)) + (b.length > 16 ? "…" : "");
        return v.toString();
    }

    private static String pad(String s, int width) {
        String cut = s.length() > MAX_WIDTH ? s.substring(0, MAX_WIDTH - 1) + "…" : s;
        return cut + " ".repeat(Math.max(0, Math.min(width, MAX_WIDTH) - cut.length()));
    }

    private static String csvCell(String s) {
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) return "\"" + s.replace("\"", "\"\"") + "\"";
        return s;
    }
}
