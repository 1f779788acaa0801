package org.c2desk.web.api.v1;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A v1 request body read field by field: values of the right type read, every refusal naming its field. */
class JsonInputTest {

    private static final UUID ID = UUID.fromString("6f1c2c56-0d1f-4c8e-9d35-0c8f1b9f7a11");

    private static JsonInput body(String json) {
        return JsonInput.parse(json.replace('\'', '"'));
    }

    /** The field a refusal names, after checking the message starts with it too (what a client reads). */
    private static String refusedField(org.junit.jupiter.api.function.Executable call) {
        InvalidInputException e = assertThrows(InvalidInputException.class, call);
        if (e.field() != null) {
            assertTrue(e.getMessage().startsWith(e.field()), e.getMessage());
        }
        return e.field();
    }

    @Test
    void aBodyMustBeAJsonObject() {
        assertNull(refusedField(() -> JsonInput.parse(null)));
        assertNull(refusedField(() -> JsonInput.parse("  ")));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> JsonInput.parse("[1, 2]"));
        assertTrue(e.getMessage().endsWith("not an array"), e.getMessage());
    }

    @Test
    void valuesOfTheRightTypeAreRead() {
        JsonInput in = body("{'summary': 'Printer', 'clientId': ' " + ID + " ', 'urgent': true,"
                + " 'dueOn': '2025-07-05T14:00:00+02:00', 'ciIds': ['" + ID + "'], 'none': null}");
        assertEquals("Printer", in.text("summary"));
        assertEquals("Printer", in.requiredText("summary"));
        assertEquals(ID, in.uuid("clientId"));
        assertEquals(ID, in.requiredUuid("clientId"));
        assertEquals(Boolean.TRUE, in.bool("urgent"));
        assertEquals(
                OffsetDateTime.of(2025, 7, 5, 12, 0, 0, 0, ZoneOffset.UTC).toInstant(),
                in.dateTime("dueOn").toInstant());
        assertEquals(List.of(ID), in.uuids("ciIds"));
        assertTrue(in.has("none"));
        assertFalse(in.has("absent"));
        assertNull(in.text("none"));
        assertNull(in.uuid("absent"));
        assertNull(in.bool("none"));
        assertNull(in.dateTime("absent"));
        assertEquals(List.of(), in.uuids("none"));
    }

    @Test
    void aWrongTypeIsRefusedNamingTheFieldAndWhatCameInstead() {
        JsonInput in = body("{'summary': 5, 'urgent': 'yes', 'ciIds': 'x', 'name': []}");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> in.text("summary"));
        assertEquals("summary", e.field());
        assertEquals("summary: expected a string, got a number", e.getMessage());
        assertEquals("urgent", refusedField(() -> in.bool("urgent")));
        assertEquals("ciIds", refusedField(() -> in.uuids("ciIds")));
        assertEquals("name", refusedField(() -> in.object("name")));
    }

    @Test
    void requiredAndMalformedValuesAreRefusedNamingTheField() {
        JsonInput in =
                body("{'summary': '  ', 'clientId': 'abc', 'dueOn': '2025-07-05', 'ciIds': ['" + ID + "', 7, 'nope']}");
        assertEquals("summary", refusedField(() -> in.requiredText("summary")));
        assertEquals("missing", refusedField(() -> in.requiredText("missing")));
        assertEquals("clientId", refusedField(() -> in.uuid("clientId")));
        assertEquals("ownerId", refusedField(() -> in.requiredUuid("ownerId")));
        assertEquals("dueOn", refusedField(() -> in.dateTime("dueOn")));
        assertEquals("ciIds[1]", refusedField(() -> in.uuids("ciIds")), "the first wrong item is named by index");
    }

    @Test
    void nestedObjectsNameTheirMembersWithTheirPath() {
        JsonInput in = body("{'name': {'en': 'Server', 'fr': 3}}");
        JsonInput name = in.object("name");
        assertEquals("Server", name.text("en"));
        assertEquals("name.fr", refusedField(() -> name.text("fr")));
        assertEquals("name.de", refusedField(() -> name.requiredText("de")));
        assertNull(in.object("absent"));
    }

    @Test
    void onlyKnownFieldsAreAccepted() {
        JsonInput in = body("{'summary': 'a', 'sumary': 'b'}");
        InvalidInputException e =
                assertThrows(InvalidInputException.class, () -> in.onlyKnown(List.of("summary", "status")));
        assertEquals("sumary", e.field());
        assertTrue(e.getMessage().endsWith("known: summary, status"), e.getMessage());
        body("{'summary': 'a'}").onlyKnown(Set.of("summary"));
    }

    @Test
    void customFieldsArePassedOnAsText() {
        JsonInput in = body("{'customFields': {'1': 'text', '2': 12.50, '3': true, '4': false, '5': null}}");
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("1", "text");
        expected.put("2", "12.50");
        expected.put("3", "True");
        expected.put("4", "False");
        expected.put("5", null);
        Map<String, String> values = in.customFields("customFields");
        assertEquals(expected, values);
        assertEquals(Arrays.asList("1", "2", "3", "4", "5"), List.copyOf(values.keySet()), "in the order sent");
        assertTrue(in.customFields("absent").isEmpty());
    }

    @Test
    void customFieldsRefuseAnObjectOrArrayValueNamingIt() {
        assertEquals(
                "customFields.7",
                refusedField(() -> body("{'customFields': {'7': [1]}}").customFields("customFields")));
        assertEquals(
                "customFields", refusedField(() -> body("{'customFields': 3}").customFields("customFields")));
    }
}
