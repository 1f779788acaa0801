package org.c2desk.web.api.v1;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.c2desk.platform.ValidationException;
import org.junit.jupiter.api.Test;

/** Query, path and header values of the v1 API: read when right, refused naming the parameter when wrong. */
class ParamsTest {

    private static final UUID ID = UUID.fromString("6f1c2c56-0d1f-4c8e-9d35-0c8f1b9f7a11");

    private static InvalidInputException refused(org.junit.jupiter.api.function.Executable call) {
        return assertThrows(InvalidInputException.class, call);
    }

    @Test
    void uuidIsReadTrimmedAndAbsentIsNull() {
        assertEquals(ID, Params.uuid("clientId", " " + ID + " "));
        assertNull(Params.uuid("clientId", null));
        assertNull(Params.uuid("clientId", "  "));
    }

    @Test
    void uuidThatIsNotOneIsRefusedNamingTheParameter() {
        InvalidInputException e = refused(() -> Params.uuid("clientId", "abc"));
        assertEquals("clientId", e.field());
        assertTrue(e.getMessage().startsWith("clientId: 'abc'"), e.getMessage());
    }

    @Test
    void pathUuidReadsAWellFormedId() {
        assertEquals(ID, Params.pathUuid(ID.toString()));
    }

    @Test
    void dateTimeNeedsAnOffset() {
        assertEquals(
                OffsetDateTime.of(2025, 7, 1, 0, 0, 0, 0, ZoneOffset.UTC),
                Params.dateTime("modifiedSince", "2025-07-01T00:00:00Z"));
        assertNull(Params.dateTime("modifiedSince", ""));
        InvalidInputException e = refused(() -> Params.dateTime("modifiedSince", "2025-07-01T00:00:00"));
        assertEquals("modifiedSince", e.field());
        assertTrue(e.getMessage().contains("ISO-8601"), e.getMessage());
    }

    @Test
    void boolIsTrueOrFalseInAnyCaseAndNothingElse() {
        assertEquals(Boolean.TRUE, Params.bool("active", "TRUE"));
        assertEquals(Boolean.FALSE, Params.bool("active", "false"));
        assertNull(Params.bool("active", null));
        assertEquals("active", refused(() -> Params.bool("active", "yes")).field());
        assertEquals("active", refused(() -> Params.bool("active", "1")).field());
    }

    @Test
    void searchTextIsBounded() {
        String longest = "x".repeat(Params.MAX_SEARCH_TEXT);
        assertSame(longest, Params.searchText(longest));
        assertNull(Params.searchText(null));
        assertEquals("q", refused(() -> Params.searchText(longest + "x")).field());
    }

    @Test
    void limitDefaultsAndStaysWithinItsBounds() {
        assertEquals(Params.DEFAULT_LIMIT, Params.limit(null, 200));
        assertEquals(20, Params.limit("", 20), "the default never exceeds the list's maximum");
        assertEquals(1, Params.limit("1", 200));
        assertEquals(200, Params.limit(" 200 ", 200));
        for (String wrong : new String[] {"0", "201", "-5", "ten", "1.5", "9999999999"}) {
            InvalidInputException e = refused(() -> Params.limit(wrong, 200));
            assertEquals("limit", e.field(), wrong);
            assertTrue(e.getMessage().contains("from 1 to 200"), e.getMessage());
        }
    }

    @Test
    void renamedGivesTheRefusalThisApisNameAndLeavesOthersAlone() {
        ValidationException service = new ValidationException("PageSize", "error.pageSize", "PageSize: at most 200");
        ValidationException v1 = Params.renamed(service, Params.LIST_NAMES);
        assertEquals("limit", v1.field());
        assertEquals("limit: at most 200", v1.getMessage());
        assertEquals("error.pageSize", v1.messageKey());

        ValidationException other = new ValidationException("Summary", "error.x", "Summary is required");
        assertSame(other, Params.renamed(other, Map.of("PageSize", "limit")));
    }

    @Test
    void fileNamePrefersTheEncodedFormAndUnquotesThePlainOne() {
        assertEquals(
                "résumé 100%.pdf",
                Params.fileName("attachment; filename=\"resume.pdf\"; filename*=UTF-8''r%C3%A9sum%C3%A9%20100%25.pdf"));
        assertEquals("a+b.txt", Params.fileName("attachment; filename*=UTF-8''a+b.txt"), "a plus stays a plus");
        assertEquals("say \"hi\".txt", Params.fileName("form-data; name=\"file\"; FILENAME=\"say \\\"hi\\\".txt\""));
        assertNull(Params.fileName("attachment"));
        assertNull(Params.fileName(null));
        assertNull(Params.fileName("attachment; filename=\"\""));
    }

    @Test
    void utf8DecodesUtf8BytesReadAsLatin1AndLeavesOtherTextAlone() {
        String sentAsLatin1 = new String(
                "réunion.txt".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                java.nio.charset.StandardCharsets.ISO_8859_1);
        assertEquals("réunion.txt", Params.utf8(sentAsLatin1));
        assertEquals("plain.txt", Params.utf8("plain.txt"));
        assertEquals("café.txt", Params.utf8("café.txt"), "Latin-1 that is not UTF-8 stays as it is");
        assertNull(Params.utf8(null));
    }
}
