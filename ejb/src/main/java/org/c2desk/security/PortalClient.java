package org.c2desk.security;

import java.io.Serializable;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.c2desk.platform.Culture;

/**
 * A client signed in to the self-service portal: they only ever reach their own (or their enterprise's) data.
 * {@code credentialsChangedOn} is the account's password-change time read at sign-in (null: never changed); the
 * session lasts while it is still the stored one ({@link Authenticator#isClientSessionCurrent}).
 */
public record PortalClient(
        UUID clientId,
        String userName,
        String displayName,
        Culture culture,
        Set<UUID> enterpriseIds,
        UUID departmentId,
        boolean seesEnterpriseTickets,
        Instant credentialsChangedOn)
        implements Serializable {

    public PortalClient {
        enterpriseIds = Set.copyOf(enterpriseIds);
    }
}
