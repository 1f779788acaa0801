package org.c2desk.customfield;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.c2desk.platform.LocalizedText;
import org.c2desk.platform.ValidationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The checks of {@link CustomFields#apply}, on the documentation's form, without a database. */
class FieldChangesTest {

    private static final UUID CLIENT2 = UUID.fromString("40dcb93b-e4ab-4bfc-bfe8-4897120ee1ef");

    private final FieldValueCodec codec = new FieldValueCodec();
    private final FieldChanges.References references =
            new FieldChanges.References(Set.of(CLIENT2)::contains, id -> false);

    private FieldDefinition checkbox;
    private FieldDefinition decimal;
    private FieldDefinition client;
    private FieldDefinition datetime;
    private FieldSection section;
    private List<FieldSection> layout;

    @BeforeEach
    void documentationForm() {
        checkbox = FieldValueCodecTest.checkbox();
        decimal = FieldValueCodecTest.decimal();
        client = FieldValueCodecTest.client();
        datetime = FieldValueCodecTest.datetime();
        section = new FieldSection(
                29, FormKind.REQUEST, UUID.randomUUID(), LocalizedText.same("Additional Information"), "test");
        FieldRow row = section.addRow();
        row.addCell(checkbox);
        row.addCell(decimal);
        row.addCell(client);
        row.addCell(datetime);
        layout = List.of(section);
    }

    private List<FieldChanges.Change> plan(Map<UUID, String> raw, Map<UUID, TypedValue> current, boolean creating) {
        return FieldChanges.plan(layout, raw, current, creating, codec, references);
    }

    private FieldCell cell(FieldDefinition definition) {
        return FieldChanges.placements(layout).get(definition.getId()).cell();
    }

    @Test
    void theDocumentationsCreateExample() {
        Map<UUID, String> raw = Map.of(
                checkbox.getId(),
                "True",
                decimal.getId(),
                "123.45",
                client.getId(),
                CLIENT2.toString(),
                datetime.getId(),
                "2018-07-05T04:00:00.000Z");
        List<FieldChanges.Change> changes = plan(raw, Map.of(), true);
        assertEquals(4, changes.size());
        assertEquals(
                List.of(checkbox, decimal, client, datetime),
                changes.stream().map(FieldChanges.Change::definition).toList(),
                "layout order");
        assertTrue(changes.stream().allMatch(c -> c.changed() && c.section() == section));
        assertEquals(
                new TypedValue.Decimal(new BigDecimal("123.45")), changes.get(1).value());
    }

    @Test
    void aDefinitionOffTheFormIsRefused() {
        UUID stranger = UUID.randomUUID();
        ValidationException e = assertThrows(
                ValidationException.class,
                () -> plan(Map.of(checkbox.getId(), "true", stranger, "x"), Map.of(), false));
        assertEquals("CustomFields", e.field());
        assertEquals("CustomFields: definition " + stranger + " is not part of this form", e.getMessage());
    }

    @Test
    void anUnknownClientIsRefused() {
        UUID nobody = UUID.randomUUID();
        ValidationException e = assertThrows(
                ValidationException.class, () -> plan(Map.of(client.getId(), nobody.toString()), Map.of(), false));
        assertEquals("CF Client", e.field());
        assertEquals("CF Client: no client has the id " + nobody, e.getMessage());
    }

    @Test
    void aDanglingReferenceThatIsNotChangedIsKept() {
        UUID gone = UUID.randomUUID();
        List<FieldChanges.Change> changes = plan(
                Map.of(client.getId(), gone.toString()), Map.of(client.getId(), new TypedValue.Reference(gone)), false);
        assertFalse(changes.get(0).changed());
    }

    @Test
    void anyBadValueRefusesTheWholeSet() {
        Map<UUID, String> raw = new HashMap<>();
        raw.put(checkbox.getId(), "true");
        raw.put(decimal.getId(), "123.456");
        ValidationException e = assertThrows(ValidationException.class, () -> plan(raw, Map.of(), false));
        assertEquals("CF Decimal: at most 2 decimal places (got 123.456)", e.getMessage());
    }

    @Test
    void nullOrBlankClearsAndAnUnchangedValueIsNotRewritten() {
        Map<UUID, String> raw = new HashMap<>();
        raw.put(decimal.getId(), null);
        raw.put(datetime.getId(), "2018-07-05T00:00:00-04:00");
        List<FieldChanges.Change> changes = plan(
                raw,
                Map.of(
                        decimal.getId(),
                        new TypedValue.Decimal(new BigDecimal("123.450000")),
                        datetime.getId(),
                        codec.parse(datetime, "2018-07-05T04:00:00Z")),
                false);
        assertNull(changes.get(0).value());
        assertTrue(changes.get(0).changed());
        assertFalse(changes.get(1).changed());
    }

    @Test
    void readOnlyMayBeSetOnCreationOnly() {
        checkbox.setReadOnly(true);
        assertTrue(plan(Map.of(checkbox.getId(), "true"), Map.of(), true).get(0).changed());
        ValidationException e = assertThrows(
                ValidationException.class,
                () -> plan(
                        Map.of(checkbox.getId(), "false"), Map.of(checkbox.getId(), new TypedValue.Bool(true)), false));
        assertEquals("CF Checkbox: the field is read-only", e.getMessage());
        // sending the value it holds is no change
        assertFalse(plan(Map.of(checkbox.getId(), "true"), Map.of(checkbox.getId(), new TypedValue.Bool(true)), false)
                .get(0)
                .changed());
        // an unset checkbox is false
        assertFalse(
                plan(Map.of(checkbox.getId(), "False"), Map.of(), false).get(0).changed());
    }

    @Test
    void theCellOverridesTheDefinitionsReadOnly() {
        checkbox.setReadOnly(true);
        cell(checkbox).setReadOnly(false);
        assertTrue(
                plan(Map.of(checkbox.getId(), "true"), Map.of(), false).get(0).changed());
        cell(decimal).setReadOnly(true);
        assertThrows(ValidationException.class, () -> plan(Map.of(decimal.getId(), "1"), Map.of(), false));
    }

    @Test
    void readOnlyIfHasValueRefusesChangingAValue() {
        decimal.setReadOnlyIfHasValue(true);
        assertTrue(plan(Map.of(decimal.getId(), "1"), Map.of(), false).get(0).changed(), "the first value");
        ValidationException e = assertThrows(
                ValidationException.class,
                () -> plan(
                        Map.of(decimal.getId(), "2"),
                        Map.of(decimal.getId(), new TypedValue.Decimal(BigDecimal.ONE)),
                        false));
        assertEquals("CF Decimal: the field has a value, which cannot be changed", e.getMessage());
        assertThrows(
                ValidationException.class,
                () -> plan(
                        Map.of(decimal.getId(), ""),
                        Map.of(decimal.getId(), new TypedValue.Decimal(BigDecimal.ONE)),
                        true),
                "nor clearing it");
    }

    @Test
    void requiredFieldsMustHaveAValueOnCreation() {
        client.setRequired(true);
        ValidationException e =
                assertThrows(ValidationException.class, () -> plan(Map.of(checkbox.getId(), "true"), Map.of(), true));
        assertEquals("CF Client", e.field());
        assertEquals("CF Client: a value is required", e.getMessage());
        // a value held already counts
        plan(Map.of(checkbox.getId(), "true"), Map.of(client.getId(), new TypedValue.Reference(CLIENT2)), true);
        // not checked on updates
        plan(Map.of(checkbox.getId(), "true"), Map.of(), false);
        // the cell decides when it says
        cell(client).setRequired(false);
        plan(Map.of(checkbox.getId(), "true"), Map.of(), true);
        cell(decimal).setRequired(true);
        assertThrows(ValidationException.class, () -> plan(Map.of(decimal.getId(), " "), Map.of(), true));
    }

    @Test
    void aHiddenSectionsFieldsAreNotRequired() {
        FieldSection more =
                new FieldSection(30, FormKind.REQUEST, section.getFormId(), LocalizedText.same("More"), "t");
        FieldDefinition details = FieldValueCodecTest.definition(20, FieldType.TEXT, "Details", null);
        details.setRequired(true);
        more.addRow().addCell(details);
        more.showOnlyIf(checkbox, "True");
        layout = List.of(section, more);
        plan(Map.of(checkbox.getId(), "false"), Map.of(), true);
        ValidationException e =
                assertThrows(ValidationException.class, () -> plan(Map.of(checkbox.getId(), "true"), Map.of(), true));
        assertEquals("Details: a value is required", e.getMessage());
        List<FieldChanges.Change> changes =
                plan(Map.of(checkbox.getId(), "true", details.getId(), "x"), Map.of(), true);
        assertSame(more, changes.get(1).section(), "a value goes with the section that holds its field");
    }

    @Test
    void aDefinitionOnTwoSectionsBelongsToTheFirst() {
        FieldSection other =
                new FieldSection(31, FormKind.REQUEST, section.getFormId(), LocalizedText.same("Other"), "t");
        other.addRow().addCell(checkbox);
        layout = List.of(section, other);
        assertSame(
                section,
                plan(Map.of(checkbox.getId(), "true"), Map.of(), false).get(0).section());
    }
}
