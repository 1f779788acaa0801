package org.c2desk.web.api.c2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.c2desk.client.ClientChanges;
import org.c2desk.platform.Change;
import org.c2desk.platform.ValidationException;
import org.junit.jupiter.api.Test;

/** Clients/UpdateProperty's names and values, read into a {@link ClientChanges} without a server. */
class ClientPropertyTest {

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
    void theFlagsTakeTrueOrFalseOnly() {
        assertEquals(
                Change.to(true),
                ClientProperty.change("HasPortalAccess", "True").portalAccess());
        ValidationException e = assertThrows(ValidationException.class, () -> ClientProperty.change("IsActive", "yes"));
        assertEquals("IsActive", e.field());
        assertEquals("IsActive: expected true or false but got \"yes\"", e.getMessage());
    }

    @Test
    void guidsAllowNoneAsBlankOrTheEmptyGuid() {
        UUID id = UUID.randomUUID();
        assertEquals(id, ClientProperty.uuid("CountryId", id.toString()));
        assertNull(ClientProperty.uuid("CountryId", ""));
        assertNull(ClientProperty.uuid("CountryId", "00000000-0000-0000-0000-000000000000"));
        ValidationException e =
                assertThrows(ValidationException.class, () -> ClientProperty.uuid("CountryId", "Canada"));
        assertEquals("CountryId", e.field());
        assertEquals("CountryId: expected a GUID but got \"Canada\"", e.getMessage());
        assertEquals(
                Change.to(null),
                ClientProperty.change("CountryId", C2Json.EMPTY_GUID).countryId());
    }

    @Test
    void textsArePassedAsSentForTheServiceToCheck() {
        ClientChanges changes = ClientProperty.change("PreferredCulture", "fr-ca");
        assertEquals(Change.to("fr-ca"), changes.preferredCulture());
        assertFalse(changes.userName().given());
    }
}
