package org.c2desk.web.faces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.convert.ConverterException;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class UuidConverterTest {

    private static final UUID ID = UUID.fromString("3f2504e0-4f89-11d3-9a0c-0305e82c3301");

    @Test
    void blankIsNoValue() {
        assertNull(UuidConverter.parse(null, Locale.ENGLISH));
        assertNull(UuidConverter.parse(" ", Locale.ENGLISH));
    }

    @Test
    void readsAnId() {
        assertEquals(ID, UuidConverter.parse(" " + ID + " ", Locale.ENGLISH));
    }

    @Test
    void refusesAnythingElseWithAMessageForTheInputInTheReadersLanguage() {
        ConverterException english =
                assertThrows(ConverterException.class, () -> UuidConverter.parse("not-an-id", Locale.ENGLISH));
        assertEquals(FacesMessage.SEVERITY_ERROR, english.getFacesMessage().getSeverity());
        assertEquals("This is not a valid choice.", english.getFacesMessage().getSummary());
        ConverterException french =
                assertThrows(ConverterException.class, () -> UuidConverter.parse("x", Locale.FRENCH));
        assertEquals("Ce choix n’est pas valide.", french.getFacesMessage().getSummary());
    }

    @Test
    void writesTheIdOrNothing() {
        UuidConverter converter = new UuidConverter();
        assertEquals(ID.toString(), converter.getAsString(null, null, ID));
        assertEquals("", converter.getAsString(null, null, null));
    }
}
