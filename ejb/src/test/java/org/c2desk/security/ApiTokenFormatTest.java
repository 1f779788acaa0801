package org.c2desk.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApiTokenFormatTest {

    private final SecureRandom random = new SecureRandom();

    @Test
    void aTokenIsThePrefixAnd32RandomBytesInBase64url() {
        String token = ApiTokenFormat.newToken(random);
        assertTrue(token.startsWith("c2d_"), token);
        assertEquals(47, token.length());
        assertTrue(token.substring(4).matches("[A-Za-z0-9_-]{43}"), token);
        assertTrue(ApiTokenFormat.looksLikeToken(token));
    }

    @Test
    void tokensDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            assertTrue(seen.add(ApiTokenFormat.newToken(random)));
        }
    }

    @Test
    void theHashIsTheSha256InLowerCaseHex() {
        // echo -n abc | sha256sum
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", ApiTokenFormat.hash("abc"));
        String token = ApiTokenFormat.newToken(random);
        assertEquals(ApiTokenFormat.hash(token), ApiTokenFormat.hash(token));
        assertNotEquals(ApiTokenFormat.hash(token), ApiTokenFormat.hash(ApiTokenFormat.newToken(random)));
        assertTrue(ApiTokenFormat.hash(token).matches("[0-9a-f]{64}"));
    }

    @Test
    void listsShowTwelveCharacters() {
        String token = ApiTokenFormat.newToken(random);
        assertEquals(token.substring(0, 12), ApiTokenFormat.shownPrefix(token));
    }

    @Test
    void malformedTokensAreRecognisedWithoutALookUp() {
        String token = ApiTokenFormat.newToken(random);
        assertFalse(ApiTokenFormat.looksLikeToken(null));
        assertFalse(ApiTokenFormat.looksLikeToken(""));
        assertFalse(ApiTokenFormat.looksLikeToken("xyz_" + token.substring(4)));
        assertFalse(ApiTokenFormat.looksLikeToken(token + "A"));
        assertFalse(ApiTokenFormat.looksLikeToken(token.substring(0, 46) + "="));
        assertFalse(ApiTokenFormat.looksLikeToken(token.substring(0, 46) + "+"));
    }

    @Test
    void useIsRecordedAtMostOnceAMinute() {
        OffsetDateTime t0 = OffsetDateTime.of(2025, 1, 1, 12, 0, 0, 0, ZoneOffset.UTC);
        ApiToken token = new ApiToken(new Resource(), "ci", "h", "c2d_x", t0, null);
        assertTrue(token.recordUse(t0));
        assertFalse(token.recordUse(t0.plusSeconds(59)));
        assertTrue(token.recordUse(t0.plusSeconds(61)));
    }

    @Test
    void revokedAndExpiredTokensAreNotValid() {
        OffsetDateTime t0 = OffsetDateTime.of(2025, 1, 1, 12, 0, 0, 0, ZoneOffset.UTC);
        ApiToken expiring = new ApiToken(new Resource(), "ci", "h", "c2d_x", t0, t0.plusDays(1));
        assertTrue(expiring.isValidAt(t0));
        assertFalse(expiring.isValidAt(t0.plusDays(1)));
        ApiToken revoked = new ApiToken(new Resource(), "ci", "h", "c2d_x", t0, null);
        revoked.revoke(t0.plusSeconds(1));
        assertFalse(revoked.isValidAt(t0.plusSeconds(2)));
    }
}
