package org.c2desk.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * What an API token looks like: {@code c2d_} followed by 32 random bytes in unpadded base64url (47 characters in
 * all). The prefix lets secret scanners and people recognise a C2 Desk token. Only {@link #hash} of a token is
 * stored: SHA-256 in hex, fast on purpose (see V004__api_tokens.sql for why that is safe for 256-bit random tokens).
 */
public final class ApiTokenFormat {

    public static final String PREFIX = "c2d_";
    static final int RANDOM_BYTES = 32;
    /** Characters of a token shown in lists: {@code c2d_} and 8 more. */
    static final int SHOWN = 12;
    /** {@link #PREFIX} and 43 base64url characters. */
    static final int LENGTH = PREFIX.length() + 43;

    private ApiTokenFormat() {}

    public static String newToken(SecureRandom random) {
        byte[] bytes = new byte[RANDOM_BYTES];
        random.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Does the text have a token's shape? Checked before any database look-up. */
    public static boolean looksLikeToken(String text) {
        if (text == null || text.length() != LENGTH || !text.startsWith(PREFIX)) {
            return false;
        }
        for (int i = PREFIX.length(); i < text.length(); i++) {
            char c = text.charAt(i);
            if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_')) {
                return false;
            }
        }
        return true;
    }

    /** SHA-256 of the token's UTF-8 bytes, 64 lower-case hex digits. */
    public static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** The part of a token shown in lists. */
    public static String shownPrefix(String token) {
        return token.substring(0, Math.min(SHOWN, token.length()));
    }
}
