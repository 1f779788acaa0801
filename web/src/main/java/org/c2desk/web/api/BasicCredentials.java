package org.c2desk.web.api;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/** A user name and password from an HTTP Basic {@code Authorization} header; shared by the C2 API and /api/v1. */
public record BasicCredentials(String userName, String password) {

    /** The credentials of a {@code Basic} header; empty for another scheme, a malformed header or no user name. */
    public static Optional<BasicCredentials> fromHeader(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = new String(
                    Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0 || decoded.substring(0, colon).isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new BasicCredentials(decoded.substring(0, colon).trim(), decoded.substring(colon + 1)));
    }

    @Override
    public String toString() {
        return "BasicCredentials[" + userName + "]";
    }
}
