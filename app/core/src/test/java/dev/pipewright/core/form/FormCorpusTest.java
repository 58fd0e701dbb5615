package dev.pipewright.core.form;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pipewright.core.factory.Factory;
import dev.pipewright.core.factory.Resource;
import dev.pipewright.core.factory.ResourceKind;
import dev.pipewright.core.testing.Corpus;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every activity of a type with a form, in every pipeline of the corpus: each field shows text that, typed back,
 * gives exactly the JSON that is there, and every table row reads. A few values are stored in the other form
 * (an expression object whose text has no '@', a plain string with an '@{…}' interpolation): typed back they
 * would change form, so they are counted, and a field whose text is unchanged is never rewritten at all.
 */
class FormCorpusTest {
    @Test
    void shownTextTypedBackGivesTheSameJson() throws Exception {
        int activities = 0;
        int fields = 0;
        Map<String, Integer> byType = new TreeMap<>();
        List<String> mismatches = new ArrayList<>();
        List<String> otherForm = new ArrayList<>();
        for (Path root : Corpus.roots()) {
            if (!Files.isDirectory(root.resolve("pipeline"))) continue;
            Factory factory = Factory.load(root);
            for (Resource pipeline : factory.resources(ResourceKind.PIPELINE)) {
                for (String pointer : pointers(pipeline.json().at("/properties/activities"), "/properties/activities")) {
                    String type = pipeline.json().at(pointer).path("type").asText();
                    if (!ActivityForms.covers(type)) continue;
                    activities++;
                    byType.merge(type, 1, Integer::sum);
                    Form form = Form.activity(factory, pipeline, pointer);
                    for (FormTab tab : ActivityForms.tabs(type)) {
                        for (Field f : tab.fields()) {
                            JsonNode stored = form.value(f);
                            if (f.isTable()) {
                                form.rows(f);
                                continue;
                            }
                            if (stored.isMissingNode() || f.kind() == Field.Kind.BOOL || f.kind() == Field.Kind.REFERENCE) continue;
                            fields++;
                            JsonNode back;
                            try {
                                back = form.valueOf(f, form.text(f));
                            } catch (RuntimeException e) {
                                mismatches.add(pipeline.name() + pointer + " " + f.key() + ": " + e.getMessage());
                                continue;
                            }
                            if (stored.equals(back)) continue;
                            if (FormValues.isExpression(stored) != FormValues.isExpression(back)) {
                                otherForm.add(pipeline.name() + pointer + " " + f.key());
                            } else {
                                mismatches.add(pipeline.name() + pointer + " " + f.key() + ": " + stored + " -> " + back);
                            }
                        }
                    }
                }
            }
        }
        System.out.println("forms: " + activities + " activities, " + fields + " fields " + byType
                + "; stored in the other form (an expression object without '@', or a plain string with '@{'): " + otherForm.size());
        assertTrue(activities > 4000, "the corpus has thousands of such activities: " + activities);
        assertEquals(List.of(), mismatches);
        assertTrue(otherForm.size() < fields / 50, "the other form stays rare: " + otherForm);
    }

    private static List<String> pointers(JsonNode list, String at) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String p = at + "/" + i;
            out.add(p);
            JsonNode tp = list.get(i).path("typeProperties");
            for (String branch : List.of("activities", "ifTrueActivities", "ifFalseActivities", "defaultActivities")) {
                out.addAll(pointers(tp.path(branch), p + "/typeProperties/" + branch));
            }
            for (int c = 0; c < tp.path("cases").size(); c++) {
                out.addAll(pointers(tp.path("cases").get(c).path("activities"), p + "/typeProperties/cases/" + c + "/activities"));
            }
        }
        return out;
    }
}
