package org.c2desk.ticket;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TicketDifferencesTest {

    @Test
    void listsTheFieldsWhoseValuesDifferWithBlankAndNullAlike() {
        Map<String, String> loaded = new java.util.LinkedHashMap<>();
        loaded.put("Summary", "Printer");
        loaded.put("StatusId", "a");
        loaded.put("QueueId", "");
        loaded.put("PriorityId", null);
        Map<String, String> current = new java.util.LinkedHashMap<>();
        current.put("Summary", "Printer jammed");
        current.put("StatusId", "a");
        current.put("QueueId", null);
        current.put("PriorityId", "p1");
        current.put("custom:Decimal", "1.5");
        assertEquals(List.of("Summary", "PriorityId", "custom:Decimal"), TicketDifferences.between(loaded, current));
    }

    @Test
    void keepsOnlyTheEditsThatChangeSomething() {
        Map<String, String> loaded = new HashMap<>(Map.of("Summary", "Printer", "StatusId", "new"));
        loaded.put("AssigneeId", null);
        Map<String, String> typed = new java.util.LinkedHashMap<>();
        typed.put("Summary", "Printer");
        typed.put("StatusId", "open");
        typed.put("AssigneeId", "");
        typed.put("QueueId", "q");
        assertEquals(Map.of("StatusId", "open", "QueueId", "q"), TicketDifferences.edits(loaded, typed));
    }

    @Test
    void nothingDiffersBetweenEqualReadings() {
        assertEquals(List.of(), TicketDifferences.between(Map.of("Summary", "x"), Map.of("Summary", "x")));
    }
}
