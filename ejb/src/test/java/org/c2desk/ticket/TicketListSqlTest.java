package org.c2desk.ticket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.c2desk.client.ClientSort;
import org.c2desk.cmdb.CiSort;
import org.c2desk.platform.Culture;
import org.c2desk.platform.Sql;
import org.c2desk.platform.ValidationException;
import org.c2desk.security.Caller;
import org.junit.jupiter.api.Test;

/** The conditions the ticket list adds for a filter, and the sorts by name, without a database. */
class TicketListSqlTest {

    private static final UUID A = UUID.fromString("20000000-0000-4000-8000-000000000006");
    private static final UUID B = UUID.fromString("20000000-0000-4000-8000-000000000002");

    @Test
    void noFilterAddsNothing() {
        Sql sql = new Sql("where true");
        TicketQueries.matching(TicketFilter.tickets(), sql);
        assertEquals("where true", sql.toString());
    }

    @Test
    void oneIdIsAnEqualitySoItsIndexKeepsItsOrderAndSeveralAreAnArray() {
        Sql sql = new Sql("where true");
        TicketQueries.matching(
                new TicketFilter(List.of(), List.of(A), List.of(A, B), null, null, null, null, null, true), sql);
        assertEquals("where true and t.queue_id = ?1 and t.enterprise_id = any(cast(?2 as uuid[]))", sql.toString());
    }

    @Test
    void oneStatusOrNoneIsOneBranch() {
        assertEquals(List.of("where true and t.is_ticket"), branches(TicketFilter.tickets(), null));
        assertEquals(
                List.of("where true and t.is_ticket and t.status_id = ?1"),
                branches(new TicketFilter(List.of(A, A), null, null, null, null, null, null, null, true), null));
        assertEquals(
                List.of("where true"),
                branches(new TicketFilter(null, null, null, null, null, null, null, null, null), null),
                "IsTicket null: tickets and tasks");
        assertEquals(
                List.of("where true and not t.is_ticket"),
                branches(new TicketFilter(null, null, null, null, null, null, null, null, false), null));
    }

    @Test
    void severalStatusesAreOneBranchEachSoEachReadsItsOwnIndexRange() {
        assertEquals(
                List.of(
                        "where true and t.is_ticket and t.status_id = ?1",
                        "where true and t.is_ticket and t.status_id = ?1"),
                branches(new TicketFilter(List.of(A, B), null, null, null, null, null, null, null, true), null));
        List<UUID> many = java.util.stream.Stream.generate(UUID::randomUUID)
                .limit(TicketQueries.MAX_STATUS_BRANCHES + 1)
                .toList();
        assertEquals(
                List.of("where true and t.is_ticket and t.status_id = any(cast(?1 as uuid[]))"),
                branches(new TicketFilter(many, null, null, null, null, null, null, null, true), null));
    }

    @Test
    void aTextMatchingManyTicketsIsSearchedInTheTicketAndInItsCommunicationsEachByItsOwnIndex() {
        List<String> branches =
                branches(new TicketFilter(List.of(A, B), null, null, null, null, null, null, "printer", true), null);
        assertEquals(4, branches.size());
        assertEquals(
                "where true and t.is_ticket and t.status_id = ?1"
                        + " and t.search_vector @@ plainto_tsquery('simple', cast(?2 as text))",
                branches.get(0));
        assertEquals(
                "where true and t.is_ticket and t.status_id = ?1 and exists (select 1 from ticket_communication fm"
                        + " where fm.ticket_id = t.id and fm.search_vector @@ plainto_tsquery('simple', cast(?2 as text)))",
                branches.get(1));
    }

    @Test
    void aTextMatchingFewTicketsIsTheirIds() {
        assertEquals(
                List.of("where true and t.is_ticket and t.id = any(cast(?1 as uuid[]))"),
                branches(new TicketFilter(null, null, null, null, null, null, null, "printer", true), List.of(A, B)));
    }

    @Test
    void everyBranchHoldsWhatTheCallerMaySee() {
        Caller agent = new Caller(B, "agent.hr", "Emily Chen", Culture.EN_US, false, Set.of(), Set.of(A), Set.of());
        List<String> branches = TicketQueries.branches(
                        agent, new TicketFilter(List.of(A, B), null, null, null, null, null, null, null, true), null)
                .stream()
                .map(branch -> text(branch.conditions()))
                .toList();
        assertEquals(2, branches.size());
        assertTrue(branches.stream().allMatch(b -> b.contains("va.resource_id = ?2 offset 0")), branches.toString());
    }

    private static List<String> branches(TicketFilter filter, List<UUID> textMatches) {
        Caller admin = new Caller(A, "admin", "Admin", Culture.EN_US, true, Set.of(), Set.of(), Set.of());
        return TicketQueries.branches(admin, filter, textMatches).stream()
                .map(branch -> text(branch.conditions()))
                .toList();
    }

    private static String text(java.util.function.Consumer<Sql> branch) {
        Sql sql = new Sql("where true");
        branch.accept(sql);
        return sql.toString();
    }

    @Test
    void everyConditionIsBound() {
        Sql sql = new Sql("where true");
        TicketQueries.matching(
                new TicketFilter(
                        null,
                        null,
                        null,
                        A,
                        B,
                        OffsetDateTime.parse("2024-05-01T08:00:00-04:00"),
                        OffsetDateTime.parse("2024-05-02T00:00:00Z"),
                        "  printer jam ",
                        null),
                sql);
        String text = sql.toString();
        assertTrue(text.contains("fc.client_id = ?1"), text);
        assertTrue(text.contains("fa.resource_id = ?2"), text);
        assertTrue(text.contains("t.created_on >= cast(?3 as timestamptz)"), text);
        assertTrue(text.contains("t.last_modified_on >= cast(?4 as timestamptz)"), text);
        assertTrue(!text.contains("2024"), "values are bound, never written into the SQL");
    }

    @Test
    void aBlankTextIsNoFilter() {
        assertEquals(null, new TicketFilter(null, null, null, null, null, null, null, "   ", true).text());
    }

    @Test
    void anAgentSeesTheirEnterprisesQueuesAndAssignments() {
        Caller agent = new Caller(B, "agent.hr", "Emily Chen", Culture.EN_US, false, Set.of(), Set.of(A), Set.of(B));
        Sql sql = new Sql("where true");
        TicketQueries.visibleTo(agent, sql);
        assertEquals(
                "where true and t.enterprise_id = any(cast(?1 as uuid[])) and (t.queue_id is null or t.queue_id = any(cast(?2 as uuid[]))"
                        + " or exists (select 1 from ticket_assignee va where va.ticket_id = t.id and va.resource_id = ?3 offset 0))",
                sql.toString());

        Caller admin = new Caller(A, "admin", "Admin", Culture.EN_US, true, Set.of(), Set.of(), Set.of());
        Sql all = new Sql("where true");
        TicketQueries.visibleTo(admin, all);
        assertEquals("where true", all.toString());
    }

    @Test
    void sortsAreNamedAsTheApiNamesThemAndDefaultWhenUnnamed() {
        assertSame(TicketSort.LAST_MODIFIED_ON, TicketSort.named(null));
        assertSame(TicketSort.CREATED_ON, TicketSort.named("createdon"));
        assertSame(TicketSort.SEQUENCE_NUMBER, TicketSort.named(" SequenceNumber "));
        assertSame(ClientSort.LAST_NAME, ClientSort.named(""));
        assertSame(CiSort.CI_NUMBER, CiSort.named("CINumber"));
        ValidationException e = assertThrows(ValidationException.class, () -> CiSort.named("Colour"));
        assertEquals("Sort: expected one of Name, CINumber, LastModifiedOn but got 'Colour'", e.getMessage());
    }
}
