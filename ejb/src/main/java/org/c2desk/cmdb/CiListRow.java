package org.c2desk.cmdb;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.c2desk.platform.LocalizedText;

/** One configuration item of the API's CI list, read in one query (never the entity). */
public record CiListRow(
        UUID id,
        long ciNumber,
        LocalizedText name,
        UUID folderId,
        UUID categoryId,
        UUID typeId,
        LocalizedText typeName,
        UUID stateId,
        UUID ownerId,
        String ownerName,
        boolean active,
        OffsetDateTime lastModifiedOn)
        implements Serializable {}
