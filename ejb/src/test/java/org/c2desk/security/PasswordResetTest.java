package org.c2desk.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PasswordResetTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 29, 12, 0, 0, 0, ZoneOffset.UTC);

    @Test
    void aLinkWorksOnceAndUntilItExpires() {
        PasswordReset reset = new PasswordReset(
                UUID.randomUUID(), PasswordResets.sha256("token"), NOW, NOW.plus(PasswordResets.VALIDITY));
        assertTrue(reset.isUsableAt(NOW.plusMinutes(29)));
        assertFalse(reset.isUsableAt(NOW.plusMinutes(30)), "expired");
        reset.markUsed(NOW.plusMinutes(1));
        assertFalse(reset.isUsableAt(NOW.plusMinutes(2)), "used");
    }

    @Test
    void onlyTheTokensSha256IsKeptInLowerCaseHex() {
        assertEquals(
                "3c469e9d6c5875d37a43f353d4f88e61fcf812c66eee3457465a40b0da4153e0", PasswordResets.sha256("token"));
    }
}
