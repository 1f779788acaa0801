package org.c2desk.web.api.v1;

import jakarta.ws.rs.core.EntityTag;

/**
 * Strong ETags from the entities' {@code version} column: {@code "7"}. A PATCH must send the ETag it read in
 * {@code If-Match}.
 */
public final class ETags {

    private ETags() {}

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    public static EntityTag tag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * The version an If-Match names. Absent: a 428. {@code *}, a weak or a foreign tag can match no version: -1, so
     * the service answers 412 with the current ETag.
     */
    public static long expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new PreconditionRequiredException("This change needs an If-Match header with the ETag of the"
                    + " object as you read it (GET it first); the API never lets two clients overwrite each other"
                    + " silently");
        }
        String tag = ifMatch.trim();
        if (tag.length() > 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
            String digits = tag.substring(1, tag.length() - 1);
            if (digits.matches("\\d{1,18}")) {
                return Long.parseLong(digits);
            }
        }
        return -1;
    }
}
