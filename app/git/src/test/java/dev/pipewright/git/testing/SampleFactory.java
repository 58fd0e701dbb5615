package dev.pipewright.git.testing;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A small factory in ADF's git layout and exact format (tabs, no final newline), written by hand: a pipeline with a
 * Wait and a Copy activity, its two datasets and a linked service. Tests change it the way the studio would.
 */
public final class SampleFactory {
    public static final String PIPELINE = "pipeline/PL_Sales.json";

    private SampleFactory() {
    }

    /** path (relative to the factory root) → content. */
    public static Map<String, String> files() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put(PIPELINE, pipeline("7.00:00:00", ""));
        files.put("dataset/DS_Source.json", dataset("DS_Source"));
        files.put("dataset/DS_Sink.json", dataset("DS_Sink"));
        files.put("linkedService/LS_Blob.json", "{\n\t\"name\": \"LS_Blob\",\n\t\"properties\": {\n\t\t\"type\": \"AzureBlobStorage\",\n"
                + "\t\t\"typeProperties\": {\n\t\t\t\"serviceEndpoint\": \"https://contoso.blob.core.windows.net/\"\n\t\t}\n\t}\n}");
        return files;
    }

    /** The same files under a root folder ({@code "adf/"}). */
    public static Map<String, String> files(String prefix) {
        Map<String, String> files = new LinkedHashMap<>();
        files().forEach((k, v) -> files.put(prefix + k, v));
        return files;
    }

    /**
     * PL_Sales with the Copy's timeout and, when {@code extraActivity} is not empty, a Wait activity of that name added
     * after the others.
     */
    public static String pipeline(String copyTimeout, String extraActivity) {
        String extra = extraActivity.isEmpty() ? "" : ",\n\t\t\t{\n\t\t\t\t\"name\": \"" + extraActivity + "\",\n\t\t\t\t\"type\": \"Wait\",\n"
                + "\t\t\t\t\"dependsOn\": [],\n\t\t\t\t\"userProperties\": [],\n\t\t\t\t\"typeProperties\": {\n\t\t\t\t\t\"waitTimeInSeconds\": 5\n\t\t\t\t}\n\t\t\t}";
        return "{\n\t\"name\": \"PL_Sales\",\n\t\"properties\": {\n\t\t\"activities\": [\n"
                + "\t\t\t{\n\t\t\t\t\"name\": \"Wait_1\",\n\t\t\t\t\"type\": \"Wait\",\n\t\t\t\t\"dependsOn\": [],\n\t\t\t\t\"userProperties\": [],\n"
                + "\t\t\t\t\"typeProperties\": {\n\t\t\t\t\t\"waitTimeInSeconds\": 1\n\t\t\t\t}\n\t\t\t},\n"
                + "\t\t\t{\n\t\t\t\t\"name\": \"CP_Sales\",\n\t\t\t\t\"type\": \"Copy\",\n\t\t\t\t\"dependsOn\": [\n\t\t\t\t\t{\n"
                + "\t\t\t\t\t\t\"activity\": \"Wait_1\",\n\t\t\t\t\t\t\"dependencyConditions\": [\n\t\t\t\t\t\t\t\"Succeeded\"\n\t\t\t\t\t\t]\n\t\t\t\t\t}\n\t\t\t\t],\n"
                + "\t\t\t\t\"policy\": {\n\t\t\t\t\t\"timeout\": \"" + copyTimeout + "\",\n\t\t\t\t\t\"retry\": 0\n\t\t\t\t},\n"
                + "\t\t\t\t\"userProperties\": [],\n\t\t\t\t\"typeProperties\": {\n\t\t\t\t\t\"source\": {\n\t\t\t\t\t\t\"type\": \"DelimitedTextSource\"\n\t\t\t\t\t},\n"
                + "\t\t\t\t\t\"sink\": {\n\t\t\t\t\t\t\"type\": \"DelimitedTextSink\"\n\t\t\t\t\t}\n\t\t\t\t},\n"
                + "\t\t\t\t\"inputs\": [\n\t\t\t\t\t{\n\t\t\t\t\t\t\"referenceName\": \"DS_Source\",\n\t\t\t\t\t\t\"type\": \"DatasetReference\"\n\t\t\t\t\t}\n\t\t\t\t],\n"
                + "\t\t\t\t\"outputs\": [\n\t\t\t\t\t{\n\t\t\t\t\t\t\"referenceName\": \"DS_Sink\",\n\t\t\t\t\t\t\"type\": \"DatasetReference\"\n\t\t\t\t\t}\n\t\t\t\t]\n\t\t\t}"
                + extra + "\n\t\t],\n\t\t\"annotations\": []\n\t}\n}";
    }

    public static String dataset(String name) {
        return "{\n\t\"name\": \"" + name + "\",\n\t\"properties\": {\n\t\t\"linkedServiceName\": {\n\t\t\t\"referenceName\": \"LS_Blob\",\n"
                + "\t\t\t\"type\": \"LinkedServiceReference\"\n\t\t},\n\t\t\"annotations\": [],\n\t\t\"type\": \"DelimitedText\"\n\t}\n}";
    }
}
