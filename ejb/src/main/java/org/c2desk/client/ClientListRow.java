package org.c2desk.client;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One client of the API's client list, read in one query (never the entity); the enterprise is the primary one. */
public record ClientListRow(
        UUID id,
        long sequenceNumber,
        String firstName,
        String lastName,
        String emailAddress,
        String userName,
        boolean portalAccess,
        boolean active,
        UUID enterpriseId,
        String enterpriseName,
        OffsetDateTime lastModifiedOn)
        implements Serializable {

    public String fullName() {
        return firstName + " " + lastName;
    }
}
