package org.c2desk.security;

import java.io.Serializable;
import java.util.Set;
import java.util.UUID;
import org.c2desk.platform.Culture;
import org.c2desk.platform.ForbiddenException;

/**
 * A signed-in resource (agent) as the business services see it, whatever the channel (console, API, batch):
 * who they are and what their groups allow. Built by {@link Authenticator}; serializable so it can live in a
 * replicated HTTP session.
 */
public record Caller(
        UUID resourceId,
        String userName,
        String displayName,
        Culture culture,
        boolean administrator,
        Set<Permission> permissions,
        Set<UUID> queueIds,
        Set<UUID> enterpriseIds)
        implements Serializable {

    public Caller {
        permissions = Set.copyOf(permissions);
        queueIds = Set.copyOf(queueIds);
        enterpriseIds = Set.copyOf(enterpriseIds);
    }

    /** Administrators hold every permission. */
    public boolean can(Permission permission) {
        return administrator || permissions.contains(permission);
    }

    public void require(Permission permission) {
        if (!can(permission)) {
            throw new ForbiddenException(userName + " does not have the permission " + permission, permission);
        }
    }

    /** May this caller see the enterprise's data? No enterprise restriction on any group means every enterprise. */
    public boolean seesEnterprise(UUID enterpriseId) {
        return administrator || enterpriseIds.isEmpty() || enterpriseIds.contains(enterpriseId);
    }
}
