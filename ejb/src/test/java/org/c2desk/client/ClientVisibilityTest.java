package org.c2desk.client;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.UUID;
import org.c2desk.enterprise.Enterprise;
import org.c2desk.platform.Culture;
import org.c2desk.security.Caller;
import org.junit.jupiter.api.Test;

/** Which callers may see a client: those who see one of its enterprises. */
class ClientVisibilityTest {

    private final Enterprise selenium = new Enterprise(UUID.randomUUID(), 1, "Selenium Tests", Culture.FR_CA, "test");
    private final Enterprise other = new Enterprise(UUID.randomUUID(), 2, "Other", Culture.EN_US, "test");

    private static Caller caller(boolean administrator, Set<UUID> enterprises) {
        return new Caller(
                UUID.randomUUID(), "agent", "Agent", Culture.EN_US, administrator, Set.of(), Set.of(), enterprises);
    }

    @Test
    void aClientIsSeenByWhoeverSeesOneOfItsEnterprises() {
        Client client = new Client(599, "Client", "API", "test");
        client.addEnterprise(other, false);
        client.addEnterprise(selenium, false);

        assertTrue(ClientService.visible(caller(false, Set.of()), client), "no restriction: every enterprise");
        assertTrue(ClientService.visible(caller(true, Set.of(UUID.randomUUID())), client), "administrators see all");
        assertTrue(ClientService.visible(caller(false, Set.of(selenium.getId())), client));
        assertFalse(ClientService.visible(caller(false, Set.of(UUID.randomUUID())), client));
    }

    @Test
    void aClientOfNoEnterpriseIsSeenOnlyByUnrestrictedCallers() {
        Client client = new Client(600, "Client2", "API", "test");
        assertTrue(ClientService.visible(caller(false, Set.of()), client));
        assertFalse(ClientService.visible(caller(false, Set.of(selenium.getId())), client));
    }
}
