package org.c2desk.security;

import java.util.List;
import java.util.UUID;

/**
 * What an administrator writes about a resource (agent), on creation or on a change: every field at once, as the
 * console's form holds them. {@code password} is read on creation only (null or blank on a change: unchanged).
 *
 * @param preferredCulture "en-US" or "fr-CA"
 * @param groupIds the security groups the resource is a member of, all of them (an empty list: none)
 */
public record ResourceDetails(
        String userName,
        String firstName,
        String lastName,
        String emailAddress,
        UUID enterpriseId,
        String preferredCulture,
        boolean active,
        List<UUID> groupIds,
        String password) {

    public ResourceDetails {
        groupIds = groupIds == null ? List.of() : List.copyOf(groupIds);
    }
}
