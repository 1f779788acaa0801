package org.c2desk.ticket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.c2desk.ticket.TicketSearch.SortKey;
import org.junit.jupiter.api.Test;

class TicketSearchTest {

    @Test
    void everyTypedWordBecomesAPrefixAndNothingElseReachesTheQuery() {
        assertEquals("print:* & toner:*", TicketSearch.prefixQuery("Print  toner"));
        assertEquals("écran:* & 2e:*", TicketSearch.prefixQuery("Écran, 2e étage".substring(0, 10)));
        assertEquals("a:* & b:*", TicketSearch.prefixQuery("a' | !b & :*"));
        assertNull(TicketSearch.prefixQuery("  !!! "));
        assertNull(TicketSearch.prefixQuery(null));
    }

    @Test
    void atMostEightWordsAreSearched() {
        assertEquals(8, TicketSearch.prefixQuery("a b c d e f g h i j").split(" & ").length);
    }

    @Test
    void countsAreCappedAsOnTheHomePage() {
        assertEquals("12", TicketSearch.capped(12));
        assertEquals("999+", TicketSearch.capped(TicketQueries.COUNT_CAP));
    }

    @Test
    void onlyKnownColumnsSortAndTheIdKeepsPagesStable() {
        assertEquals(SortKey.NUMBER, SortKey.forColumn("number"));
        assertEquals(SortKey.MODIFIED, SortKey.forColumn("summary; drop table ticket"));
        assertEquals(SortKey.MODIFIED, SortKey.forColumn(null));
        assertEquals(" order by t.due_date asc nulls last, t.id", SortKey.DUE.orderBy(true));
    }
}
