package org.c2desk.cmdb;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Which configuration items a list shows, on top of what the caller may see. Every condition is optional.
 *
 * @param folderId CIs of this folder (not of its sub-folders)
 * @param ownerId CIs this client owns
 * @param text the beginning of the English or French name, whatever its case
 * @param active true: active CIs only; false: inactive only; null: both
 * @param modifiedSince last modified at or after this moment
 */
public record CiFilter(
        UUID folderId,
        UUID categoryId,
        UUID typeId,
        UUID stateId,
        UUID ownerId,
        String text,
        Boolean active,
        OffsetDateTime modifiedSince)
        implements Serializable {

    public CiFilter {
        text = text == null || text.isBlank() ? null : text.strip();
    }

    public static CiFilter all() {
        return new CiFilter(null, null, null, null, null, null, null, null);
    }
}
