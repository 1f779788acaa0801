package org.c2desk.web.console;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.c2desk.ticket.TicketReferenceData;
import org.c2desk.ticket.TicketReferenceData.EnterpriseRef;
import org.c2desk.ticket.TicketReferenceData.LookupRef;
import org.c2desk.ticket.TicketReferenceData.QueueRef;
import org.c2desk.ticket.TicketReferenceData.ResourceRef;
import org.c2desk.ticket.TicketReferenceData.StatusRef;

/**
 * The reference lists behind the console's filter menus, read once for every agent of this server and kept
 * {@link #TTL}: each Ajax request of the ticket list used to read the five of them again. They hold both languages
 * ({@code LocalizedText}) and every enterprise: {@link ConsoleChoices} picks the language and what the caller may see
 * on each request, so sharing them leaks nothing. No server tells another of a change: on a cluster an
 * administrator's change to a status, queue, priority, enterprise or resource shows on every server within
 * {@link #TTL} (30 s).
 */
@ApplicationScoped
public class SharedChoices {

    static final Duration TTL = Duration.ofSeconds(30);
    static final int RESOURCES_SHOWN = 500;

    /** One reading of the five lists. */
    record Lists(
            Instant readOn,
            List<StatusRef> statuses,
            List<QueueRef> queues,
            List<LookupRef> priorities,
            List<EnterpriseRef> enterprises,
            List<ResourceRef> resources) {}

    @EJB
    TicketReferenceData reference;

    Clock clock = Clock.systemUTC();

    private volatile Lists lists;

    /** The lists, read again when older than {@link #TTL} (one reader at a time; the others keep the old ones). */
    Lists current() {
        Lists now = lists;
        if (now == null || now.readOn().plus(TTL).isBefore(clock.instant())) {
            synchronized (this) {
                now = lists;
                if (now == null || now.readOn().plus(TTL).isBefore(clock.instant())) {
                    now = new Lists(
                            clock.instant(),
                            reference.statuses().stream()
                                    .filter(StatusRef::active)
                                    .toList(),
                            reference.queues().stream().filter(QueueRef::active).toList(),
                            reference.priorities(),
                            reference.allEnterprises(),
                            reference.assignableResources(RESOURCES_SHOWN));
                    lists = now;
                }
            }
        }
        return now;
    }
}
