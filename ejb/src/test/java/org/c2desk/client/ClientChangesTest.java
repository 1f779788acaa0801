package org.c2desk.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.c2desk.platform.Change;
import org.c2desk.platform.Culture;
import org.c2desk.platform.ValidationException;
import org.junit.jupiter.api.Test;

/** How a {@link ClientChanges} changes a client, for the fields that need no database. */
class ClientChangesTest {

    private static Client client() {
        return new Client(599, "Client", "API", "test");
    }

    /** The service's check-and-set; the service itself is only used for references and uniqueness. */
    private static void apply(Client c, ClientChanges.Builder changes) {
        new ClientService().apply(c, changes.build());
    }

    @Test
    void portalAccessNeedsAUserNameAndKeepsThePassword() {
        Client c = client();
        ValidationException e = assertThrows(
                ValidationException.class,
                () -> apply(c, ClientChanges.builder().portalAccess(true)));
        assertEquals("HasPortalAccess", e.field());
        assertFalse(c.hasPortalAccess());

        c.grantPortalAccess("clientapi", "hash");
        apply(c, ClientChanges.builder().portalAccess(false));
        assertFalse(c.hasPortalAccess());
        assertEquals("clientapi", c.getUserName(), "the user name stays reserved");
        apply(c, ClientChanges.builder().portalAccess(true));
        assertTrue(c.hasPortalAccess());
        assertEquals("hash", c.getPasswordHash());
    }

    @Test
    void theUserNameCannotBeClearedWhileThePortalIsOpen() {
        Client c = client();
        c.grantPortalAccess("clientapi", null);
        ValidationException e = assertThrows(
                ValidationException.class,
                () -> apply(c, ClientChanges.builder().userName(" ")));
        assertEquals("UserName", e.field());
        assertEquals("clientapi", c.getUserName());

        c.revokePortalAccess();
        apply(c, ClientChanges.builder().userName(""));
        assertNull(c.getUserName());
    }

    @Test
    void namesCultureGenderAndAddressChangeOneAtATime() {
        Client c = client();
        c.changeAddress("1 rue Principale", "Québec", "G1R 1A1", null);
        apply(c, ClientChanges.builder().lastName(" API2 "));
        apply(c, ClientChanges.builder().city("Montréal"));
        apply(c, ClientChanges.builder().preferredCulture("fr-CA").gender("f").countryId(null));
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
        assertThrows(
                ValidationException.class,
                () -> apply(c, ClientChanges.builder().emailAddress("bad@")));
        assertThrows(
                ValidationException.class,
                () -> apply(c, ClientChanges.builder().firstName("")));
        assertEquals("clientapiI@test.ca", c.getEmailAddress());
        assertEquals("Client API", c.getFullName());
        assertTrue(c.isActive());
    }

    @Test
    void theFlagsCannotBeCleared() {
        Client c = client();
        ClientChanges cleared = new ClientChanges(
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                Change.to(null),
                null,
                null,
                null);
        ValidationException e = assertThrows(ValidationException.class, () -> new ClientService().apply(c, cleared));
        assertEquals("IsActive", e.field());
        assertTrue(c.isActive());
    }
}
