package dev.pipewright.studio.connect;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What a Preview data button of an activity previews: the dataset, and the activity (a copy of its JSON as it is now)
 * with its pipeline's parameter declarations, so a source with a query previews the query's result as ADF does.
 *
 * @param activity           null: the dataset alone
 * @param pipelineParameters null: none
 */
public record PreviewSource(String dataset, JsonNode activity, JsonNode pipelineParameters) {
    public static PreviewSource of(String dataset) {
        return new PreviewSource(dataset, null, null);
    }
}
