package org.c2desk.platform;

import static org.c2desk.platform.Keyset.Key.against;
import static org.c2desk.platform.Keyset.Key.of;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.c2desk.platform.Keyset.Kind;
import org.junit.jupiter.api.Test;

/** The SQL of keyset paging and the cursor of a page's last row, without a database. */
class KeysetTest {

    private static final UUID ID = UUID.fromString("d2ec3037-7477-47cd-87ff-3a3c80a9191c");
    private static final OffsetDateTime WHEN = OffsetDateTime.of(2024, 5, 1, 12, 0, 0, 123_456_000, ZoneOffset.UTC);

    private static Keyset byModified(SortDirection direction) {
        return new Keyset(
                "Ticket",
                "LastModifiedOn",
                direction,
                List.of(of("t.last_modified_on", Kind.TIMESTAMP), against("t.id", Kind.UUID)));
    }

    private static Keyset byName(SortDirection direction) {
        return new Keyset(
                "Client",
                "LastName",
                direction,
                List.of(
                        of("lower(c.last_name)", Kind.TEXT),
                        of("lower(c.first_name)", Kind.TEXT),
                        of("c.id", Kind.UUID)));
    }

    @Test
    void aKeyAgainstTheDirectionFollowsItsIndexBothWays() {
        assertEquals(
                " order by t.last_modified_on desc, t.id asc",
                byModified(SortDirection.DESC).orderBy());
        assertEquals(
                " order by t.last_modified_on asc, t.id desc",
                byModified(SortDirection.ASC).orderBy());
        assertEquals("t.last_modified_on, t.id", byModified(SortDirection.DESC).columns());
    }

    @Test
    void keysOfMixedDirectionsAreExpandedWithABoundOnTheFirst() {
        Keyset keyset = byModified(SortDirection.DESC);
        Sql sql = new Sql("select 1 from ticket t where true");
        keyset.appendAfter(sql, keyset.cursorOf(new Object[] {WHEN, ID}, 0));

        assertEquals(
                "select 1 from ticket t where true"
                        + " and t.last_modified_on <= cast(?1 as timestamptz)"
                        + " and ((t.last_modified_on < cast(?2 as timestamptz))"
                        + " or (t.last_modified_on = cast(?3 as timestamptz) and t.id > cast(?4 as uuid)))",
                sql.toString());
    }

    @Test
    void keysOfOneDirectionAreOneRowComparison() {
        Keyset ascending = byName(SortDirection.ASC);
        Sql sql = new Sql("where true");
        ascending.appendAfter(sql, ascending.cursorOf(new Object[] {"x", "davolio", "nancy", ID}, 1));
        assertEquals(
                "where true and (lower(c.last_name), lower(c.first_name), c.id)"
                        + " > (cast(?1 as text), cast(?2 as text), cast(?3 as uuid))",
                sql.toString());
        assertEquals(" order by lower(c.last_name) asc, lower(c.first_name) asc, c.id asc", ascending.orderBy());

        Keyset descending = byName(SortDirection.DESC);
        Sql backwards = new Sql("where true");
        descending.appendAfter(backwards, descending.cursorOf(new Object[] {"davolio", "nancy", ID}, 0));
        assertTrue(backwards.toString().contains(") < (cast(?1 as text)"), backwards.toString());
    }

    @Test
    void aSingleUniqueKeyIsOneComparison() {
        Keyset keyset = new Keyset(
                "Ticket", "SequenceNumber", SortDirection.DESC, List.of(of("t.sequence_number", Kind.NUMBER)));
        Sql sql = new Sql("where true");
        keyset.appendAfter(sql, keyset.cursorOf(new Object[] {12672L}, 0));
        assertEquals("where true and t.sequence_number < cast(?1 as bigint)", sql.toString());
    }

    @Test
    void oneBranchIsOneOrderedLimitedQuery() {
        Sql sql = new Sql("");
        byModified(SortDirection.DESC)
                .appendPageIds(
                        sql,
                        "ticket t",
                        "t",
                        "t.id, t.last_modified_on",
                        List.of(Keyset.Branch.inOrder(s -> s.append(" and t.is_ticket"))),
                        null,
                        51);
        assertEquals(
                "select t.id from ticket t where true and t.is_ticket"
                        + " order by t.last_modified_on desc, t.id asc limit 51",
                sql.toString());
    }

    @Test
    void severalBranchesAreAUnionOfOrderedLimitedQueriesMergedInOrder() {
        Keyset keyset = byModified(SortDirection.DESC);
        String cursor = keyset.cursorOf(new Object[] {WHEN, ID}, 0);
        Sql sql = new Sql("");
        keyset.appendPageIds(
                sql,
                "ticket t",
                "t",
                "t.id, t.last_modified_on",
                List.of(
                        Keyset.Branch.inOrder(s -> s.append(" and t.status_id = ?", "a")),
                        Keyset.Branch.inOrder(s -> s.append(" and t.status_id = ?", "b"))),
                cursor,
                8);
        String text = sql.toString();
        assertTrue(
                text.startsWith("select t.id from ((select t.id, t.last_modified_on from ticket t where true"
                        + " and t.status_id = ?1 and t.last_modified_on <= cast(?2 as timestamptz)"),
                text);
        assertTrue(
                text.contains(" order by t.last_modified_on desc, t.id asc limit 8) union (select t.id,"
                        + " t.last_modified_on from ticket t where true and t.status_id = ?6 "),
                text);
        assertTrue(text.endsWith(")) t order by t.last_modified_on desc, t.id asc limit 8"), text);
    }

    @Test
    void aFilterFirstBranchFiltersInAFencedQueryThenSorts() {
        Sql sql = new Sql("");
        byName(SortDirection.ASC)
                .appendPageIds(
                        sql,
                        "client c",
                        "c",
                        "c.id, c.last_name, c.first_name",
                        List.of(
                                Keyset.Branch.inOrder(s -> s.append(" and c.x = 1")),
                                Keyset.Branch.filterFirst(s -> s.append(" and lower(c.email_address) like ?", "a%"))),
                        null,
                        11);
        assertTrue(
                sql.toString()
                        .contains(" union (select c.id, c.last_name, c.first_name from (select * from client c"
                                + " where true and lower(c.email_address) like ?1 offset 0) c order by lower(c.last_name) asc,"
                                + " lower(c.first_name) asc, c.id asc limit 11)"),
                sql.toString());
    }

    @Test
    void theFirstPageHasNoCondition() {
        Sql sql = new Sql("where true");
        byModified(SortDirection.DESC).appendAfter(sql, null);
        assertEquals("where true", sql.toString());
    }

    @Test
    void aTimestampKeepsItsMicrosecondsWhateverTypeTheDriverAnswers() {
        Keyset keyset = byModified(SortDirection.DESC);
        String fromOffset = keyset.cursorOf(new Object[] {WHEN, ID}, 0);
        String fromTimestamp = keyset.cursorOf(new Object[] {Timestamp.from(WHEN.toInstant()), ID}, 0);
        assertEquals(fromOffset, fromTimestamp);
        assertEquals(
                List.of("2024-05-01T12:00:00.123456Z", ID.toString()),
                PageCursor.decode(fromOffset, "Ticket/LastModifiedOn/Desc", 2));
    }

    @Test
    void aCursorWhoseValueDoesNotParseIsRefused() {
        String forged = PageCursor.encode("Ticket/LastModifiedOn/Desc", List.of("yesterday", ID.toString()));
        ValidationException e = assertThrows(
                ValidationException.class,
                () -> byModified(SortDirection.DESC).appendAfter(new Sql("where true"), forged));
        assertEquals("Cursor", e.field());
        String badId = PageCursor.encode("Ticket/LastModifiedOn/Desc", List.of(Instant.EPOCH.toString(), "not-an-id"));
        assertThrows(
                ValidationException.class,
                () -> byModified(SortDirection.DESC).appendAfter(new Sql("where true"), badId));
    }

    @Test
    void aPageEndsWithACursorOnlyWhenOneMoreRowWasRead() {
        Keyset keyset = byModified(SortDirection.DESC);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            rows.add(new Object[] {"row" + i, WHEN.minusMinutes(i), UUID.randomUUID()});
        }

        Page<String> full = keyset.page(rows, 3, 1, r -> (String) r[0]);
        assertEquals(List.of("row0", "row1", "row2"), full.items());
        assertEquals(keyset.cursorOf(rows.get(2), 1), full.nextCursor(), "continues after the last row shown");

        Page<String> last = keyset.page(rows.subList(0, 3), 3, 1, r -> (String) r[0]);
        assertEquals(3, last.items().size());
        assertNull(last.nextCursor());
        assertEquals(3, last.pageSize());
    }

    @Test
    void aPageHoldsOneToTwoHundredRows() {
        assertEquals(PageRequest.DEFAULT_SIZE, PageRequest.of(null, null).size());
        assertEquals(200, PageRequest.of(200, " ").size());
        assertNull(PageRequest.of(200, " ").cursor());
        for (int size : new int[] {0, -1, 201, 500}) {
            ValidationException e = assertThrows(ValidationException.class, () -> PageRequest.of(size, null));
            assertEquals("PageSize: expected a whole number from 1 to 200 but got " + size, e.getMessage());
        }
    }

    @Test
    void aDirectionIsNamedAscOrDescInAnyCase() {
        assertEquals(SortDirection.ASC, SortDirection.named("asc"));
        assertEquals(SortDirection.DESC, SortDirection.named(" Desc "));
        assertEquals(SortDirection.DESC, SortDirection.named("DESCENDING"));
        ValidationException e = assertThrows(ValidationException.class, () -> SortDirection.named("Up"));
        assertEquals("Direction: expected Asc or Desc but got 'Up'", e.getMessage());
    }

    @Test
    void likePrefixesTakeWildcardsLiterally() {
        assertEquals("davol%", Sql.likePrefix("Davol"));
        assertEquals("100\\%\\_off\\\\%", Sql.likePrefix("100%_off\\"));
    }
}
