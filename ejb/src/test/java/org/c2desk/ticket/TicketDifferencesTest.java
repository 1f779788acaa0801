package org.c2desk.ticket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TicketDifferencesTest {

    private static final UUID NEW = UUID.fromString("1d0b2a8d-0c81-4553-9ac8-7adb1fcca5d0");
    private static final UUID OPEN = UUID.fromString("20000000-0000-4000-8000-000000000002");
    private static final UUID P1 = UUID.fromString("20000000-0000-4000-8000-000000000011");
    private static final UUID QUEUE = UUID.fromString("7ec07c17-828f-47f8-9519-76f7e9a32cb0");

    @Test
    void listsTheFieldsWhoseValuesDifferWithBlankAndNullAlike() {
        TicketEdit loaded = TicketEdit.change()
                .summary("Printer")
                .status(NEW)
                .queue(null)
                .priority(null)
                .description("")
                .customField("cf1", "")
                .build();
        TicketEdit current = TicketEdit.change()
                .summary("Printer jammed")
                .status(NEW)
                .queue(null)
                .priority(P1)
                .description(null)
                .customField("cf1", null)
                .customField("cf2", "1.5")
                .build();
        assertEquals(List.of("summary", "priorityId", "customFields.cf2"), TicketDifferences.between(loaded, current));
        assertEquals(P1.toString(), TicketDifferences.valueOf(current, "priorityId"));
        assertEquals("1.5", TicketDifferences.valueOf(current, "customFields.cf2"));
        assertNull(TicketDifferences.valueOf(current, "queueId"));
    }

    @Test
    void keepsOnlyTheEditsThatChangeSomething() {
        TicketEdit loaded = TicketEdit.change()
                .summary("Printer")
                .status(NEW)
                .assignee(null)
                .build();
        TicketEdit typed = TicketEdit.change()
                .summary("Printer")
                .status(OPEN)
                .assignee(null)
                .queue(QUEUE)
                .customField("7", "12.5")
                .build();
        TicketEdit edits = TicketDifferences.edits(loaded, typed);
        assertEquals(
                TicketEdit.change()
                        .status(OPEN)
                        .queue(QUEUE)
                        .customField("7", "12.5")
                        .build(),
                edits);
        assertNull(edits.summary(), "unchanged: not given");
        assertNull(edits.assigneeId(), "none before, none typed: not given");
    }

    @Test
    void clearingAFieldIsAnEdit() {
        TicketEdit loaded = TicketEdit.change().queue(QUEUE).build();
        TicketEdit edits =
                TicketDifferences.edits(loaded, TicketEdit.change().queue(null).build());
        assertEquals(Optional.empty(), edits.queueId());
    }

    @Test
    void nothingDiffersBetweenEqualReadings() {
        TicketEdit reading = TicketEdit.change().summary("x").build();
        assertEquals(List.of(), TicketDifferences.between(reading, reading));
        assertEquals(true, TicketDifferences.edits(reading, reading).isEmpty());
    }
}
