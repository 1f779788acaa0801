package org.c2desk.client;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Which clients a list shows, on top of what the caller may see. Every condition is optional.
 *
 * @param enterpriseId clients of this enterprise (primary or not)
 * @param text the beginning of the last name, first name, full name ("first last"), e-mail address or user name,
 *     whatever its case
 * @param active true: active clients only; false: inactive only; null: both
 * @param modifiedSince last modified at or after this moment
 */
public record ClientFilter(UUID enterpriseId, String text, Boolean active, OffsetDateTime modifiedSince)
        implements Serializable {

    public ClientFilter {
        text = text == null || text.isBlank() ? null : text.strip();
    }

    public static ClientFilter all() {
        return new ClientFilter(null, null, null, null);
    }
}
