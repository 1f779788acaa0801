package org.c2desk.ticket;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.c2desk.platform.BusinessException;
import org.c2desk.security.Caller;

/**
 * One change applied to several tickets chosen in a list: each ticket in its own transaction through
 * {@link TicketService#update(Caller, UUID, long, TicketEdit)}, so its rules (permissions, visibility, allowed status transitions, the
 * version the list showed) hold for each, and a refused ticket leaves the others changed. Every ticket's outcome is
 * reported.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class TicketBulkActions {

    /** At most this many tickets per action. */
    public static final int MAX_TICKETS = 200;

    @EJB
    TicketService tickets;

    /** A ticket as the list showed it. */
    public record Target(UUID id, String number, long version) {}

    /** What happened to one ticket: refusal null when it changed. */
    public record Outcome(Target target, BusinessException refusal) {

        public boolean changed() {
            return refusal == null;
        }
    }

    public List<Outcome> apply(Caller caller, List<Target> targets, TicketEdit edit) {
        List<Outcome> outcomes = new ArrayList<>();
        for (Target target : targets.subList(0, Math.min(targets.size(), MAX_TICKETS))) {
            try {
                tickets.update(caller, target.id(), target.version(), edit);
                outcomes.add(new Outcome(target, null));
            } catch (BusinessException e) {
                outcomes.add(new Outcome(target, e));
            }
        }
        return outcomes;
    }
}
