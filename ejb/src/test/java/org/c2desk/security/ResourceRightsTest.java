package org.c2desk.security;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Set;
import java.util.UUID;
import org.c2desk.platform.Culture;
import org.c2desk.platform.ForbiddenException;
import org.junit.jupiter.api.Test;

/** Who may prepare a resource's edit and read a resource's audit trail through the API, decided by the service. */
class ResourceRightsTest {

    private static Caller caller(boolean administrator) {
        return new Caller(
                UUID.randomUUID(), "agent", "Agent", Culture.EN_US, administrator, Set.of(), Set.of(), Set.of());
    }

    @Test
    void onlyAnAdministratorGetsTheEditFormOrItsGroups() {
        ResourceService service = new ResourceService(); // no database: refused before any read
        assertThrows(ForbiddenException.class, () -> service.groups(caller(false)));
        assertThrows(ForbiddenException.class, () -> service.forEdit(caller(false), UUID.randomUUID()));
    }

    @Test
    void aResourcesAuditTrailIsItsOwnOrAnAdministrators() {
        ResourceAuditVisibility visibility = new ResourceAuditVisibility();
        Caller agent = caller(false);
        assertDoesNotThrow(() -> visibility.requireVisible(agent, agent.resourceId()));
        assertDoesNotThrow(() -> visibility.requireVisible(caller(true), agent.resourceId()));
        assertThrows(ForbiddenException.class, () -> visibility.requireVisible(agent, UUID.randomUUID()));
    }
}
