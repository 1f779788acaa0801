package org.c2desk.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.c2desk.platform.Culture;
import org.c2desk.platform.ValidationException;
import org.junit.jupiter.api.Test;

/** The properties that need no database (the service is only used for references and uniqueness). */
class ClientPropertyTest {

    private static Client client() {
        return new Client(599, "Client", "API", "test");
    }

    @Test
    void propertiesAreNamedAsTheApiNamesThemInAnyCase() {
        assertEquals(ClientProperty.HAS_PORTAL_ACCESS, ClientProperty.named("HasPortalAccess"));
        assertEquals(ClientProperty.EMAIL_ADDRESS, ClientProperty.named(" emailaddress "));
        assertEquals(ClientProperty.PREFERRED_CULTURE, ClientProperty.named("PreferedCulture"));
        assertEquals(ClientProperty.PREFERRED_CULTURE, ClientProperty.named("PreferredCulture"));
    }

    @Test
    void anUnknownPropertyIsRefusedByNameWithTheKnownOnes() {
        ValidationException e = assertThrows(ValidationException.class, () -> ClientProperty.named("Nickname"));
        assertEquals("PropertyName", e.field());
        assertTrue(
                e.getMessage()
                        .startsWith("PropertyName: a client has no property 'Nickname' that can be updated; known: "
                                + "HasPortalAccess, IsActive, FirstName, LastName, EmailAddress"),
                e.getMessage());
        assertTrue(e.getMessage().contains("SearchField2"), e.getMessage());
    }

    @Test
    void portalAccessNeedsAUserNameAndKeepsThePassword() {
        Client c = client();
        ValidationException e =
                assertThrows(ValidationException.class, () -> ClientProperty.HAS_PORTAL_ACCESS.apply(null, c, "true"));
        assertEquals("HasPortalAccess", e.field());
        assertFalse(c.hasPortalAccess());

        c.grantPortalAccess("clientapi", "hash");
        ClientProperty.HAS_PORTAL_ACCESS.apply(null, c, "false");
        assertFalse(c.hasPortalAccess());
        assertEquals("clientapi", c.getUserName(), "the user name stays reserved");
        ClientProperty.HAS_PORTAL_ACCESS.apply(null, c, "True");
        assertTrue(c.hasPortalAccess());
        assertEquals("hash", c.getPasswordHash());
    }

    @Test
    void theUserNameCannotBeClearedWhileThePortalIsOpen() {
        Client c = client();
        c.grantPortalAccess("clientapi", null);
        ValidationException e =
                assertThrows(ValidationException.class, () -> ClientProperty.USER_NAME.apply(null, c, " "));
        assertEquals("UserName", e.field());
        assertEquals("clientapi", c.getUserName());

        c.revokePortalAccess();
        ClientProperty.USER_NAME.apply(null, c, "");
        assertNull(c.getUserName());
    }

    @Test
    void namesCultureGenderAndAddressChangeOneAtATime() {
        Client c = client();
        c.changeAddress("1 rue Principale", "Québec", "G1R 1A1", null);
        ClientProperty.LAST_NAME.apply(null, c, " API2 ");
        ClientProperty.CITY.apply(null, c, "Montréal");
        ClientProperty.PREFERRED_CULTURE.apply(null, c, "fr-CA");
        ClientProperty.GENDER.apply(null, c, "f");
        ClientProperty.COUNTRY.apply(null, c, "");
        assertEquals("Client API2", c.getFullName());
        assertEquals("1 rue Principale", c.getStreetName());
        assertEquals("Montréal", c.getCity());
        assertEquals("G1R 1A1", c.getPostalCode());
        assertEquals(Culture.FR_CA, c.getPreferredCulture());
        assertEquals("F", c.getGender());
    }

    @Test
    void aRefusedValueLeavesTheClientAsItWas() {
        Client c = client();
        c.setEmailAddress("clientapiI@test.ca");
        assertThrows(ValidationException.class, () -> ClientProperty.EMAIL_ADDRESS.apply(null, c, "bad@"));
        assertThrows(ValidationException.class, () -> ClientProperty.FIRST_NAME.apply(null, c, ""));
        assertThrows(ValidationException.class, () -> ClientProperty.IS_ACTIVE.apply(null, c, "yes"));
        assertEquals("clientapiI@test.ca", c.getEmailAddress());
        assertEquals("Client API", c.getFullName());
        assertTrue(c.isActive());
    }
}
