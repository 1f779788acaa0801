package org.c2desk.web.api.v1;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.UUID;
import org.c2desk.ticket.TicketSearch;
import org.junit.jupiter.api.Test;

/** The opaque list cursors: what the API hands out comes back as the same position, anything else is refused. */
class CursorsTest {

    private static final UUID ID = UUID.fromString("6f1c2c56-0d1f-4c8e-9d35-0c8f1b9f7a11");

    private static String encoded(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static void refused(org.junit.jupiter.api.function.Executable call) {
        InvalidInputException e = assertThrows(InvalidInputException.class, call);
        assertEquals("cursor", e.field());
        assertTrue(e.getMessage().startsWith("cursor: "), e.getMessage());
    }

    @Test
    void aTicketCursorComesBackAsTheSameInstantAndId() {
        OffsetDateTime paris = OffsetDateTime.of(2025, 7, 5, 14, 0, 0, 123_456_000, ZoneOffset.ofHours(2));
        String cursor = Cursors.ticket(new TicketSearch.Cursor(paris, ID));
        TicketSearch.Cursor back = Cursors.ticket(cursor);
        assertEquals(paris.toInstant(), back.lastModifiedOn().toInstant());
        assertEquals(ZoneOffset.UTC, back.lastModifiedOn().getOffset(), "written in UTC whatever the zone read");
        assertEquals(ID, back.id());
    }

    @Test
    void cursorsAreUrlSafeAndOpaque() {
        String cursor = Cursors.ticket(new TicketSearch.Cursor(OffsetDateTime.now(ZoneOffset.UTC), ID));
        assertTrue(cursor.matches("[A-Za-z0-9_-]+"), cursor);
        assertFalse(cursor.contains(ID.toString()));
    }

    @Test
    void aNumberCursorComesBackAsTheSameNumber() {
        for (long n : new long[] {0, 1, 42, 999_999_999_999_999_999L}) {
            assertEquals(n, Cursors.number(Cursors.number(n)));
        }
    }

    @Test
    void aCursorOfTheOtherKindIsRefused() {
        refused(() -> Cursors.ticket(Cursors.number(5)));
        refused(() -> Cursors.number(Cursors.ticket(new TicketSearch.Cursor(OffsetDateTime.now(ZoneOffset.UTC), ID))));
    }

    @Test
    void tamperedCursorsAreRefusedNamingTheParameter() {
        refused(() -> Cursors.ticket("not base64 !"));
        refused(() -> Cursors.ticket(encoded("t|yesterday|" + ID)));
        refused(() -> Cursors.ticket(encoded("t|2025-07-05T12:00:00Z|not-a-uuid")));
        refused(() -> Cursors.ticket(encoded("t|2025-07-05T12:00:00Z")));
        refused(() -> Cursors.ticket(encoded("t|2025-07-05T12:00:00Z|" + ID + "|more")));
        refused(() -> Cursors.ticket(encoded("t|2025-07-05T12:00:00Z|" + ID + "|")));
        refused(() -> Cursors.ticket(encoded("x|2025-07-05T12:00:00Z|" + ID)));
        refused(() -> Cursors.number(encoded("n|-1")));
        refused(() -> Cursors.number(encoded("n|1e3")));
        refused(() -> Cursors.number(encoded("n|1234567890123456789")));
        refused(() -> Cursors.number(encoded("n|")));
        refused(() -> Cursors.number(""));
    }
}
