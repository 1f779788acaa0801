package org.c2desk.security;

import java.io.Serializable;
import java.util.Set;
import java.util.UUID;
import org.c2desk.platform.Culture;

/** A client signed in to the self-service portal: they only ever reach their own (or their enterprise's) data. */
public record PortalClient(
        UUID clientId,
        String userName,
        String displayName,
        Culture culture,
        Set<UUID> enterpriseIds,
        UUID departmentId,
        boolean seesEnterpriseTickets) implements Serializable {

    public PortalClient {
        enterpriseIds = Set.copyOf(enterpriseIds);
    }
}
