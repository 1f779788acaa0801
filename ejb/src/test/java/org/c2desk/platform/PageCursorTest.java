package org.c2desk.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The opaque cursor of keyset paging: what goes in comes out, for its own list and sort only. */
class PageCursorTest {

    private static final String OWNER = "Ticket/LastModifiedOn/Desc";

    @Test
    void aCursorDecodesToTheValuesItWasMadeOf() {
        List<String> values = List.of("2024-05-01T12:00:00.123456Z", "d2ec3037-7477-47cd-87ff-3a3c80a9191c");
        assertEquals(values, PageCursor.decode(PageCursor.encode(OWNER, values), OWNER, 2));
    }

    @Test
    void anyTextSurvivesIncludingSeparatorsQuotesAndAccents() {
        List<String> values = List.of("o'connor | \"x\" \n é", "", "7c000000-0000-4000-8000-000000000018");
        assertEquals(
                values, PageCursor.decode(PageCursor.encode("Client/LastName/Asc", values), "Client/LastName/Asc", 3));
    }

    @Test
    void aCursorIsUrlSafe() {
        String cursor = PageCursor.encode(OWNER, List.of("???>>>~~~", "ÿÿÿ"));
        assertTrue(cursor.matches("[A-Za-z0-9_-]+"), cursor);
    }

    @Test
    void aCursorOfAnotherListSortOrDirectionIsRefusedByName() {
        String cursor = PageCursor.encode("Ticket/LastModifiedOn/Asc", List.of("2024-05-01T12:00:00Z", "x"));
        ValidationException e = assertThrows(ValidationException.class, () -> PageCursor.decode(cursor, OWNER, 2));
        assertEquals("Cursor", e.field());
        assertTrue(
                e.getMessage()
                        .startsWith("Cursor: this cursor belongs to another list or sort (Ticket LastModifiedOn Asc),"
                                + " not to Ticket LastModifiedOn Desc"),
                e.getMessage());
    }

    @Test
    void somethingThatIsNotOneOfOurCursorsIsRefused() {
        String notBase64 = "not a cursor!";
        String notJson = Base64.getUrlEncoder().encodeToString("hello".getBytes(StandardCharsets.UTF_8));
        String notAnArray = Base64.getUrlEncoder().encodeToString("{\"a\":1}".getBytes(StandardCharsets.UTF_8));
        String notStrings =
                Base64.getUrlEncoder().encodeToString(("[\"" + OWNER + "\", 12, 13]").getBytes(StandardCharsets.UTF_8));
        String tooFew = PageCursor.encode(OWNER, List.of("2024-05-01T12:00:00Z"));
        String tooLong = "A".repeat(PageCursor.MAX_LENGTH + 1);
        for (String cursor : List.of(notBase64, notJson, notAnArray, notStrings, tooFew, tooLong, "")) {
            ValidationException e =
                    assertThrows(ValidationException.class, () -> PageCursor.decode(cursor, OWNER, 2), cursor);
            assertEquals("Cursor", e.field());
            assertTrue(e.getMessage().startsWith("Cursor: not a cursor of this list"), e.getMessage());
        }
    }

    @Test
    void theRefusalDoesNotEchoALongForgedOwner() {
        String cursor = PageCursor.encode("x".repeat(500), List.of("a", "b"));
        ValidationException e = assertThrows(ValidationException.class, () -> PageCursor.decode(cursor, OWNER, 2));
        assertFalse(e.getMessage().contains("x".repeat(100)), e.getMessage());
    }
}
