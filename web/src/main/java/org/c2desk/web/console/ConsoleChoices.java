package org.c2desk.web.console;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.c2desk.ticket.TicketReferenceData;
import org.c2desk.web.security.CurrentUser;

/** The reference lists the console's selects show (statuses, queues, priorities, enterprises, resources). */
@Named
@RequestScoped
public class ConsoleChoices {

    private static final int RESOURCES_SHOWN = 500;

    @EJB
    TicketReferenceData reference;

    @Inject
    CurrentUser currentUser;

    private List<TicketReferenceData.StatusRef> statuses;
    private List<TicketReferenceData.QueueRef> queues;
    private List<TicketReferenceData.LookupRef> priorities;
    private List<TicketReferenceData.EnterpriseRef> enterprises;
    private List<TicketReferenceData.ResourceRef> resources;

    public List<TicketReferenceData.StatusRef> getStatuses() {
        if (statuses == null) {
            statuses = reference.statuses().stream().filter(TicketReferenceData.StatusRef::active).toList();
        }
        return statuses;
    }

    public List<TicketReferenceData.QueueRef> getQueues() {
        if (queues == null) {
            queues = reference.queues().stream().filter(TicketReferenceData.QueueRef::active).toList();
        }
        return queues;
    }

    public List<TicketReferenceData.LookupRef> getPriorities() {
        if (priorities == null) {
            priorities = reference.priorities();
        }
        return priorities;
    }

    public List<TicketReferenceData.EnterpriseRef> getEnterprises() {
        if (enterprises == null) {
            enterprises = reference.enterprises(currentUser.caller());
        }
        return enterprises;
    }

    public List<TicketReferenceData.ResourceRef> getResources() {
        if (resources == null) {
            resources = reference.assignableResources(RESOURCES_SHOWN);
        }
        return resources;
    }
}
