package org.c2desk.customfield;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.UUID;
import org.c2desk.platform.LocalizedText;
import org.c2desk.platform.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FieldValueCodecTest {

    private final FieldValueCodec codec = new FieldValueCodec();

    // The four definitions of the C2 documentation (demo data V1__documentation_examples.sql).
    static FieldDefinition checkbox() {
        return definition(3, FieldType.CHECKBOX, "CF Checkbox", null);
    }

    static FieldDefinition decimal() {
        FieldDefinition d = definition(7, FieldType.DECIMAL, "CF Decimal", null);
        d.setOptions("{\"DecimalPlaces\":2}");
        return d;
    }

    static FieldDefinition client() {
        return definition(5, FieldType.CLIENT, "CF Client", null);
    }

    static FieldDefinition datetime() {
        return definition(6, FieldType.DATETIME, "CF Datetime", null);
    }

    static FieldList laptops() {
        FieldList list =
                new FieldList("LAPTOP_MODEL", new LocalizedText("Laptop model", "Modèle d'ordinateur portable"));
        list.addItem("DELL_LATITUDE_7440", LocalizedText.same("Dell Latitude 7440 (standard)"));
        list.addItem(
                "MACBOOK_PRO_14",
                new LocalizedText(
                        "Apple MacBook Pro 14-inch (design team)", "Apple MacBook Pro 14 po (équipe de design)"));
        list.addItem("RETIRED_MODEL", LocalizedText.same("Retired model")).setActive(false);
        return list;
    }

    static FieldDefinition definition(long sequenceNumber, FieldType type, String name, FieldList list) {
        return new FieldDefinition(sequenceNumber, type, LocalizedText.same(name), list, "test");
    }

    private ValidationException refused(FieldDefinition d, String raw) {
        ValidationException e = assertThrows(ValidationException.class, () -> codec.parse(d, raw));
        assertEquals(d.getName().english(), e.field(), "the refusal names the field");
        assertTrue(e.getMessage().startsWith(d.getName().english() + ": "), e.getMessage());
        return e;
    }

    /** parse then format: what the API answers after the value was sent. */
    private String roundTrip(FieldDefinition d, String raw) {
        return codec.format(d, codec.parse(d, raw));
    }

    // ---------------------------------------------------------------------------------------------- no value

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t\n"})
    void blankIsNoValueForEveryType(String blank) {
        for (FieldType type : FieldType.values()) {
            FieldDefinition d = definition(1, type, "F", type == FieldType.LIST ? laptops() : null);
            assertNull(codec.parse(d, blank), type.name());
            assertNull(codec.parse(d, null), type.name());
        }
    }

    @Test
    void noValueFormatsAsNullExceptACheckboxWhichIsFalse() {
        assertEquals("False", codec.format(checkbox(), null));
        assertEquals("False", codec.display(checkbox(), null));
        assertNull(codec.format(decimal(), null));
        assertNull(codec.display(decimal(), null));
        assertNull(codec.format(datetime(), null));
        assertNull(codec.display(datetime(), null));
        assertNull(codec.format(client(), null));
        assertNull(codec.display(client(), null));
    }

    // ---------------------------------------------------------------------------------------------- checkbox

    @Test
    void checkboxAsTheDocumentationSendsIt() {
        assertEquals(new TypedValue.Bool(true), codec.parse(checkbox(), "True"));
        assertEquals("True", roundTrip(checkbox(), "True"));
        assertEquals("True", codec.display(checkbox(), codec.parse(checkbox(), "True")));
        // the UpdateProperty examples send "false"
        assertEquals("False", roundTrip(checkbox(), "false"));
        assertEquals("False", codec.display(checkbox(), new TypedValue.Bool(false)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"true", "TRUE", "tRuE", "1", " true "})
    void checkboxTrue(String raw) {
        assertEquals(new TypedValue.Bool(true), codec.parse(checkbox(), raw));
    }

    @ParameterizedTest
    @ValueSource(strings = {"false", "FALSE", "False", "0"})
    void checkboxFalse(String raw) {
        assertEquals(new TypedValue.Bool(false), codec.parse(checkbox(), raw));
    }

    @ParameterizedTest
    @ValueSource(strings = {"yes", "no", "2", "on", "truee"})
    void checkboxRefusesOtherWords(String raw) {
        assertEquals(
                "CF Checkbox: \"" + raw + "\" is not a checkbox value (true, false, 1 or 0)",
                refused(checkbox(), raw).getMessage());
    }

    // ----------------------------------------------------------------------------------------------- decimal

    @Test
    void decimalAsTheDocumentationShowsIt() {
        assertEquals(new TypedValue.Decimal(new BigDecimal("123.45")), codec.parse(decimal(), "123.45"));
        assertEquals("123.450000", roundTrip(decimal(), "123.45"));
        assertEquals("123.450000", codec.display(decimal(), codec.parse(decimal(), "123.45")));
    }

    @Test
    void decimalForms() {
        assertEquals("-0.500000", roundTrip(decimal(), "-.5"));
        assertEquals("12.000000", roundTrip(decimal(), "+12"));
        assertEquals("12.000000", roundTrip(decimal(), "12."));
        assertEquals("0.000000", roundTrip(decimal(), "0"));
        // trailing zeros are not decimal places
        assertEquals("123.450000", roundTrip(decimal(), "123.450000"));
        assertEquals("999999999999999999.990000", roundTrip(decimal(), "999999999999999999.99"));
    }

    @Test
    void decimalRefusesTooManyPlaces() {
        ValidationException e = refused(decimal(), "123.456");
        assertEquals("CF Decimal: at most 2 decimal places (got 123.456)", e.getMessage());
        assertEquals("error.customField.tooManyDecimals", e.messageKey());
    }

    @Test
    void decimalPlacesDefaultToTheColumnScale() {
        FieldDefinition plain = definition(8, FieldType.DECIMAL, "Amount", null);
        assertEquals(6, FieldValueCodec.decimalPlaces(plain));
        assertEquals("1.123456", roundTrip(plain, "1.123456"));
        assertEquals(
                "Amount: at most 6 decimal places (got 1.1234567)",
                refused(plain, "1.1234567").getMessage());

        plain.setOptions("{\"DecimalPlaces\":9}");
        assertEquals(6, FieldValueCodec.decimalPlaces(plain));
        plain.setOptions("{\"DecimalPlaces\":\"0\"}");
        assertEquals(0, FieldValueCodec.decimalPlaces(plain));
        assertEquals(
                "Amount: at most 0 decimal places (got 1.5)",
                refused(plain, "1.5").getMessage());
        plain.setOptions("{\"Other\":true}");
        assertEquals(6, FieldValueCodec.decimalPlaces(plain));
    }

    @Test
    void optionsAreShownCompactlyAsTheApiDoes() {
        FieldDefinition d = definition(8, FieldType.DECIMAL, "Amount", null);
        assertNull(FieldValueCodec.compactOptions(d));
        d.setOptions("{\"DecimalPlaces\": 2}");
        assertEquals("{\"DecimalPlaces\":2}", FieldValueCodec.compactOptions(d));
        d.setOptions("{not json");
        assertEquals("{not json", FieldValueCodec.compactOptions(d));
    }

    @Test
    void brokenOptionsAreTheDefinitionsFault() {
        FieldDefinition d = definition(8, FieldType.DECIMAL, "Amount", null);
        d.setOptions("{not json");
        assertThrows(IllegalStateException.class, () -> codec.parse(d, "1"));
        d.setOptions("{\"DecimalPlaces\":1.5}");
        assertThrows(IllegalStateException.class, () -> codec.parse(d, "1"));
        d.setOptions("{\"DecimalPlaces\":-1}");
        assertThrows(IllegalStateException.class, () -> codec.parse(d, "1"));
    }

    @Test
    void decimalRefusesMoreDigitsThanTheColumnHolds() {
        assertEquals(
                "CF Decimal: at most 18 digits before the decimal point (got 1234567890123456789)",
                refused(decimal(), "1234567890123456789").getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"12,3x", "12,3", "abc", "1e3", "1.2.3", "--1", ".", "1 000", "NaN", "0x10"})
    void decimalRefusesWhatIsNotANumber(String raw) {
        ValidationException e = refused(decimal(), raw);
        assertEquals("CF Decimal: \"" + raw + "\" is not a decimal number", e.getMessage());
        assertEquals("error.customField.notDecimal", e.messageKey());
    }

    @Test
    void decimalsCompareByValue() {
        assertEquals(
                new TypedValue.Decimal(new BigDecimal("123.45")), new TypedValue.Decimal(new BigDecimal("123.450000")));
        assertEquals(
                new TypedValue.Decimal(new BigDecimal("123.45")).hashCode(),
                new TypedValue.Decimal(new BigDecimal("123.450000")).hashCode());
        assertEquals(
                new TypedValue.Decimal(BigDecimal.ZERO).hashCode(),
                new TypedValue.Decimal(new BigDecimal("0.000")).hashCode());
        assertNotEquals(
                new TypedValue.Decimal(new BigDecimal("123.45")), new TypedValue.Decimal(new BigDecimal("123.4")));
    }

    // ----------------------------------------------------------------------------------------------- integer

    @Test
    void integer() {
        FieldDefinition d = definition(9, FieldType.INTEGER, "Seats", null);
        assertEquals(new TypedValue.Int(42), codec.parse(d, " 42 "));
        assertEquals("-7", roundTrip(d, "-7"));
        assertEquals("42", codec.display(d, new TypedValue.Int(42)));
        assertEquals("9223372036854775807", roundTrip(d, "9223372036854775807"));
        assertEquals("Seats: \"12.5\" is not a whole number", refused(d, "12.5").getMessage());
        assertEquals(
                "Seats: \"twelve\" is not a whole number", refused(d, "twelve").getMessage());
        assertEquals(
                "error.customField.integerTooLarge",
                refused(d, "9223372036854775808").messageKey());
    }

    // ---------------------------------------------------------------------------------------------- datetime

    @Test
    void datetimeAsTheDocumentationSendsIt() {
        TypedValue v = codec.parse(datetime(), "2018-07-05T04:00:00.000Z");
        assertEquals(new TypedValue.DateTime(OffsetDateTime.of(2018, 7, 5, 4, 0, 0, 0, ZoneOffset.UTC)), v);
        assertEquals("2018-07-05T04:00:00.0000000Z", codec.format(datetime(), v));
    }

    @Test
    void datetimeDisplayIsUsStyle() {
        TypedValue v = codec.parse(datetime(), "2018-07-04T04:00:00.0000000Z");
        assertEquals("2018-07-04T04:00:00.0000000Z", codec.format(datetime(), v));
        assertEquals("7/4/2018 4:00:00 AM", codec.display(datetime(), v));
        // The documentation's "7/4/2018 12:00:00 AM" for 04:00Z is the desk's Eastern time.
        assertEquals(
                "7/4/2018 12:00:00 AM", codec.display(datetime(), v, ZoneId.of("America/Toronto"), Locale.ENGLISH));
        assertEquals(
                "12/31/2018 11:59:59 PM", codec.display(datetime(), codec.parse(datetime(), "2018-12-31T23:59:59Z")));
    }

    @Test
    void datetimeIsKeptInUtcToTheMicrosecond() {
        TypedValue v = codec.parse(datetime(), "2018-07-05T00:00:00.1234567-04:00");
        assertEquals("2018-07-05T04:00:00.1234560Z", codec.format(datetime(), v));
        assertEquals(ZoneOffset.UTC, ((TypedValue.DateTime) v).value().getOffset());
        assertEquals(
                codec.parse(datetime(), "2018-07-05T04:00:00Z"), codec.parse(datetime(), "2018-07-05T00:00-04:00"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"tomorrow", "2018-07-05", "2018-07-05T04:00:00", "7/4/2018 12:00:00 AM", "2018-13-05T04:00:00Z"})
    void datetimeRefusesWhatIsNotIsoWithAnOffset(String raw) {
        assertEquals(
                "CF Datetime: \"" + raw + "\" is not an ISO-8601 date and time (e.g. 2018-07-05T04:00:00.000Z)",
                refused(datetime(), raw).getMessage());
    }

    // -------------------------------------------------------------------------------------------------- date

    @Test
    void date() {
        FieldDefinition d = definition(10, FieldType.DATE, "Start date", null);
        assertEquals(new TypedValue.Date(LocalDate.of(2018, 7, 5)), codec.parse(d, "2018-07-05"));
        assertEquals("2018-07-05", roundTrip(d, "2018-07-05"));
        assertEquals("2018-07-05", codec.display(d, new TypedValue.Date(LocalDate.of(2018, 7, 5))));
        assertEquals(
                "Start date: \"07/05/2018\" is not a date in the form yyyy-MM-dd (e.g. 2018-07-05)",
                refused(d, "07/05/2018").getMessage());
        refused(d, "2018-02-30");
        refused(d, "2018-07-05T04:00:00Z");
    }

    // -------------------------------------------------------------------------------------------------- text

    @Test
    void textIsKeptAsSent() {
        FieldDefinition d = definition(11, FieldType.TEXT, "Application name", null);
        assertEquals(new TypedValue.Text(" SAP ERP "), codec.parse(d, " SAP ERP "));
        assertEquals(" SAP ERP ", roundTrip(d, " SAP ERP "));
        assertEquals("SAP", codec.display(d, new TypedValue.Text("SAP")));
        FieldDefinition multi = definition(12, FieldType.MULTILINE_TEXT, "Justification", null);
        assertEquals("line 1\nline 2", roundTrip(multi, "line 1\nline 2"));
    }

    @Test
    void textRespectsMaxLength() {
        FieldDefinition d = definition(11, FieldType.TEXT, "Employee name", null);
        d.setMaxLength(5);
        assertEquals("Émile", roundTrip(d, "Émile"));
        assertEquals("😀😀😀😀😀", roundTrip(d, "😀😀😀😀😀"), "characters, not UTF-16 units");
        ValidationException e = refused(d, "Émilie");
        assertEquals("Employee name: at most 5 characters (got 6)", e.getMessage());
        assertEquals("error.customField.tooLong", e.messageKey());
    }

    // ---------------------------------------------------------------------------------------- client, resource

    @Test
    void clientIsAUuid() {
        TypedValue v = codec.parse(client(), "40dcb93b-e4ab-4bfc-bfe8-4897120ee1ef");
        assertEquals(new TypedValue.Reference(UUID.fromString("40dcb93b-e4ab-4bfc-bfe8-4897120ee1ef")), v);
        assertEquals("40dcb93b-e4ab-4bfc-bfe8-4897120ee1ef", codec.format(client(), v));
        assertNull(codec.display(client(), v), "the service fills in the client's name");
        assertEquals(
                "40dcb93b-e4ab-4bfc-bfe8-4897120ee1ef", roundTrip(client(), "40DCB93B-E4AB-4BFC-BFE8-4897120EE1EF"));
        assertEquals(
                "CF Client: \"Client1 Client1\" is not a client id (a UUID)",
                refused(client(), "Client1 Client1").getMessage());
        refused(client(), "1-1-1-1-1");
    }

    @Test
    void resourceIsAUuid() {
        FieldDefinition d = definition(13, FieldType.RESOURCE, "Technician", null);
        assertEquals("d27a6354-b382-4e3f-ae35-e417f3b580cf", roundTrip(d, "d27a6354-b382-4e3f-ae35-e417f3b580cf"));
        assertNull(codec.display(d, codec.parse(d, "d27a6354-b382-4e3f-ae35-e417f3b580cf")));
        assertEquals(
                "Technician: \"admin\" is not a resource id (a UUID)",
                refused(d, "admin").getMessage());
    }

    // -------------------------------------------------------------------------------------------------- list

    @Test
    void listValueIsOneOfTheActiveItems() {
        FieldList list = laptops();
        FieldDefinition d = definition(100, FieldType.LIST, "Laptop model", list);
        FieldListItem mac = list.getItems().get(1);
        TypedValue v = codec.parse(d, "MACBOOK_PRO_14");
        assertEquals(new TypedValue.Reference(mac.getId()), v, "stored as the item's id");
        assertEquals("MACBOOK_PRO_14", codec.format(d, v));
        assertEquals("Apple MacBook Pro 14-inch (design team)", codec.display(d, v));
        assertEquals(
                "Apple MacBook Pro 14 po (équipe de design)",
                codec.display(d, v, ZoneOffset.UTC, Locale.CANADA_FRENCH));
        assertEquals(v, codec.parse(d, mac.getId().toString()), "the item's id is accepted too");
    }

    @Test
    void listRefusesAValueNotInTheList() {
        FieldDefinition d = definition(100, FieldType.LIST, "Laptop model", laptops());
        ValidationException e = refused(d, "THINKPAD_X1");
        assertEquals(
                "Laptop model: \"THINKPAD_X1\" is not one of the list's values (DELL_LATITUDE_7440, MACBOOK_PRO_14)",
                e.getMessage());
        assertEquals("error.customField.notInList", e.messageKey());
        refused(d, "macbook_pro_14");
        refused(d, UUID.randomUUID().toString());
    }

    @Test
    void listRefusesARetiredItemButStillShowsIt() {
        FieldList list = laptops();
        FieldDefinition d = definition(100, FieldType.LIST, "Laptop model", list);
        refused(d, "RETIRED_MODEL");
        TypedValue stored = new TypedValue.Reference(list.getItems().get(2).getId());
        assertEquals("RETIRED_MODEL", codec.format(d, stored));
        assertEquals("Retired model", codec.display(d, stored));
    }

    // ---------------------------------------------------------------------------------------------- storage

    @Test
    void everyTypedValueGoesToItsColumnAndBack() {
        FieldDefinition d = checkbox();
        TypedValue[] values = {
            new TypedValue.Text("x"),
            new TypedValue.Decimal(new BigDecimal("1.5")),
            new TypedValue.Int(3),
            new TypedValue.DateTime(OffsetDateTime.parse("2018-07-05T04:00:00Z")),
            new TypedValue.Date(LocalDate.of(2018, 7, 5)),
            new TypedValue.Bool(false),
            new TypedValue.Reference(UUID.randomUUID())
        };
        FieldValue row = new FieldValue(OwnerKind.CI, UUID.randomUUID(), d, null, "test");
        assertNull(TypedValue.of(row));
        assertNull(TypedValue.of(null));
        for (TypedValue value : values) {
            value.applyTo(row, "test");
            assertEquals(value, TypedValue.of(row), "the other columns are cleared");
        }
        TypedValue.apply(null, row, "someone");
        assertTrue(row.isEmpty());
        assertEquals("someone", row.getLastModifiedBy());
    }
}
