package org.c2desk.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChangesTest {

    @Test
    void onlyFieldsWhoseValueChangedAreRecorded() {
        Map<String, String> before = new LinkedHashMap<>();
        before.put("FirstName", "Zoé");
        before.put("LastName", "Roy");
        before.put("City", null);
        before.put("Tags", "");
        Map<String, String> after = new LinkedHashMap<>(before);
        after.put("LastName", "Lefèvre");
        after.put("Tags", null);

        Changes changes = new Changes().between(before, after).add("Summary", "same", "same");

        assertEquals(
                List.of(FieldChange.of("LastName", "Roy", "Lefèvre")),
                changes.list(),
                "an empty value and none are the same; unchanged values are left out");
        assertTrue(new Changes().between(before, before).isEmpty());
    }

    @Test
    void changesSurviveTheirJsonColumnWithNullsQuotesAndLabels() {
        List<FieldChange> changes = List.of(
                FieldChange.of("Summary", null, "\"quoted\" \\ é 🙂"),
                new FieldChange("CustomField7", "CF Decimal", "12.5", null));

        String json = AuditEntry.toJson(changes);

        assertEquals(changes, AuditEntry.fromJson(json));
        assertEquals(List.of(), AuditEntry.fromJson("[]"));
    }
}
