package org.c2desk.web.console;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.c2desk.security.Caller;
import org.c2desk.ticket.TicketReferenceData;
import org.c2desk.web.security.CurrentUser;

/**
 * The reference lists the console's selects show (statuses, queues, priorities, enterprises, resources), from the
 * server's {@link SharedChoices}; the enterprises narrowed to those the signed-in resource may see.
 */
@Named
@RequestScoped
public class ConsoleChoices {

    @Inject
    SharedChoices shared;

    @Inject
    CurrentUser currentUser;

    private List<TicketReferenceData.EnterpriseRef> enterprises;

    public List<TicketReferenceData.StatusRef> getStatuses() {
        return shared.current().statuses();
    }

    public List<TicketReferenceData.QueueRef> getQueues() {
        return shared.current().queues();
    }

    public List<TicketReferenceData.LookupRef> getPriorities() {
        return shared.current().priorities();
    }

    public List<TicketReferenceData.EnterpriseRef> getEnterprises() {
        if (enterprises == null) {
            Caller caller = currentUser.caller();
            enterprises = shared.current().enterprises().stream()
                    .filter(e -> caller.seesEnterprise(e.id()))
                    .toList();
        }
        return enterprises;
    }

    public List<TicketReferenceData.ResourceRef> getResources() {
        return shared.current().resources();
    }
}
