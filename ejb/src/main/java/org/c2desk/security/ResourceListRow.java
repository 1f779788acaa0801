package org.c2desk.security;

import java.io.Serializable;
import java.util.UUID;

/** One row of the console's resource list. */
public record ResourceListRow(
        UUID id,
        long sequenceNumber,
        String userName,
        String firstName,
        String lastName,
        String emailAddress,
        String enterpriseName,
        String preferredCulture,
        boolean active)
        implements Serializable {}
