package org.c2desk.web.api.v1;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.UUID;
import org.c2desk.ticket.TicketSearch;

/**
 * The opaque {@code cursor} of list pages: base64url of where the previous page ended. Clients pass back the
 * {@code nextCursor} they received and never build one.
 */
final class Cursors {

    private Cursors() {}

    static String ticket(TicketSearch.Cursor cursor) {
        return encode("t|" + cursor.lastModifiedOn().withOffsetSameInstant(ZoneOffset.UTC) + "|" + cursor.id());
    }

    static TicketSearch.Cursor ticket(String cursor) {
        String[] parts = decode(cursor).split("\\|", -1);
        try {
            if (parts.length == 3 && parts[0].equals("t")) {
                return new TicketSearch.Cursor(OffsetDateTime.parse(parts[1]), UUID.fromString(parts[2]));
            }
        } catch (DateTimeParseException | IllegalArgumentException e) {
            // refused below
        }
        throw invalid();
    }

    static String number(long number) {
        return encode("n|" + number);
    }

    static Long number(String cursor) {
        String[] parts = decode(cursor).split("\\|", -1);
        if (parts.length == 2 && parts[0].equals("n") && parts[1].matches("\\d{1,18}")) {
            return Long.parseLong(parts[1]);
        }
        throw invalid();
    }

    private static String encode(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String decode(String cursor) {
        try {
            return new String(Base64.getUrlDecoder().decode(cursor.trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
    }

    private static InvalidInputException invalid() {
        return new InvalidInputException(
                "cursor",
                "cursor: not a cursor this API gave; pass back the nextCursor of"
                        + " the previous page, or leave it out for the first page");
    }
}
