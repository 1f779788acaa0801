package org.c2desk.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.c2desk.platform.Culture;
import org.c2desk.platform.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ClientFieldsTest {

    private static ValidationException refused(String field, Executable call) {
        ValidationException e = assertThrows(ValidationException.class, call);
        assertEquals(field, e.field(), "the refusal names the field");
        assertTrue(e.getMessage().startsWith(field), e.getMessage());
        return e;
    }

    @Test
    void namesAreRequiredStrippedAndBounded() {
        assertEquals("Client", ClientFields.name("FirstName", "  Client "));
        assertEquals(
                "FirstName is required",
                refused("FirstName", () -> ClientFields.name("FirstName", " ")).getMessage());
        refused("LastName", () -> ClientFields.name("LastName", null));
        refused("LastName", () -> ClientFields.name("LastName", "x".repeat(Client.PERSON_NAME_LENGTH + 1)));
        assertEquals(
                Client.PERSON_NAME_LENGTH,
                ClientFields.name("LastName", "x".repeat(Client.PERSON_NAME_LENGTH))
                        .length());
    }

    @Test
    void optionalTextsAreNullWhenBlank() {
        assertNull(ClientFields.optional("City", "   ", Client.CITY_LENGTH));
        assertNull(ClientFields.optional("City", null, Client.CITY_LENGTH));
        assertEquals("Québec", ClientFields.optional("City", " Québec ", Client.CITY_LENGTH));
        assertEquals(
                "PostalCode: at most 20 characters (got 21)",
                refused("PostalCode", () -> ClientFields.optional("PostalCode", "x".repeat(21), 20))
                        .getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"clientapiI@test.ca", "first.last+tag@sub.example.com", "o'brien@example.org", "a@b.co"})
    void wellFormedAddressesAreAccepted(String address) {
        assertEquals(address, ClientFields.email("EmailAddress", " " + address + " "));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "not-an-email",
                "bad@",
                "@example.com",
                "two@@example.com",
                "a b@example.com",
                "nodot@localhost",
                "x@-example.com",
                "x@example..com",
                "x@example.com."
            })
    void malformedAddressesAreRefusedByName(String address) {
        assertTrue(refused("EmailAddress", () -> ClientFields.email("EmailAddress", address))
                .getMessage()
                .contains("is not an e-mail address"));
    }

    @Test
    void noAddressIsNoAddress() {
        assertNull(ClientFields.email("EmailAddress", ""));
    }

    @Test
    void genderIsMOrFInAnyCase() {
        assertEquals("M", ClientFields.gender("Gender", "m"));
        assertEquals("F", ClientFields.gender("Gender", " F "));
        assertNull(ClientFields.gender("Gender", ""));
        assertEquals(
                "Gender: expected M or F but got \"X\"",
                refused("Gender", () -> ClientFields.gender("Gender", "X")).getMessage());
    }

    @Test
    void cultureIsOneOfTheTwoCodes() {
        assertEquals(Culture.FR_CA, ClientFields.culture("PreferedCulture", "fr-CA"));
        assertEquals(Culture.EN_US, ClientFields.culture("PreferedCulture", "en-us"));
        refused("PreferedCulture", () -> ClientFields.culture("PreferedCulture", "de-DE"));
        refused("PreferedCulture", () -> ClientFields.culture("PreferedCulture", null));
    }

    @Test
    void booleansAreTrueOrFalse() {
        assertTrue(ClientFields.bool("IsActive", "True"));
        assertFalse(ClientFields.bool("IsActive", " false"));
        assertEquals(
                "IsActive: expected true or false but got \"1\"",
                refused("IsActive", () -> ClientFields.bool("IsActive", "1")).getMessage());
        assertEquals(
                "IsActive: expected true or false but got nothing",
                refused("IsActive", () -> ClientFields.bool("IsActive", null)).getMessage());
    }
}
