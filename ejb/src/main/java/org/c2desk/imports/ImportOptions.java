package org.c2desk.imports;

import static org.c2desk.platform.Jsonp.JSON;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * What the operator chose for an import run; stored as the run's {@code options} (jsonb).
 *
 * @param dryRun validate the whole file and report, writing nothing
 * @param allOrNothing validate the whole file first and import only when no row is rejected
 * @param upsertKey null: every row creates a client
 * @param windows1252 read the file as Windows-1252 (the operator said so) instead of strict UTF-8
 */
public record ImportOptions(boolean dryRun, boolean allOrNothing, UpsertKey upsertKey, boolean windows1252) {

    public static final ImportOptions DEFAULT = new ImportOptions(false, false, null, false);

    public Charset charset() {
        return windows1252 ? Charset.forName("windows-1252") : StandardCharsets.UTF_8;
    }

    /** The name stored in {@code import_run.encoding}. */
    public String encodingName() {
        return windows1252 ? "windows-1252" : "UTF-8";
    }

    public String toJson() {
        JsonObjectBuilder json =
                JSON.createObjectBuilder().add("dryRun", dryRun).add("allOrNothing", allOrNothing);
        if (upsertKey == null) {
            json.addNull("upsertKey");
        } else {
            json.add("upsertKey", upsertKey.name());
        }
        return json.add("windows1252", windows1252).build().toString();
    }

    public static ImportOptions fromJson(String text) {
        if (text == null || text.isBlank()) {
            return DEFAULT;
        }
        try (JsonReader reader = JSON.createReader(new StringReader(text))) {
            JsonObject json = reader.readObject();
            JsonValue key = json.get("upsertKey");
            return new ImportOptions(
                    json.getBoolean("dryRun", false),
                    json.getBoolean("allOrNothing", false),
                    key == null || key.getValueType() != JsonValue.ValueType.STRING
                            ? null
                            : UpsertKey.valueOf(json.getString("upsertKey")),
                    json.getBoolean("windows1252", false));
        }
    }
}
