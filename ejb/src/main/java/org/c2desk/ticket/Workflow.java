package org.c2desk.ticket;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.c2desk.catalog.RequestTask;
import org.c2desk.catalog.TaskTemplate;
import org.c2desk.platform.Culture;
import org.c2desk.security.Caller;

/** A ticket's workflow: the tasks its request's templates made of it, step by step. */
@Stateless
public class Workflow {

    @PersistenceContext
    EntityManager em;

    /**
     * The tasks of the workflow of a ticket the caller found with {@link TicketService#find} (or a call that checked
     * as it does), in step order (the API's Workflows). Not checked again: it runs on the hot path of every ticket
     * answer.
     */
    public List<Ticket> workflowOf(Caller caller, Ticket ticket) {
        Objects.requireNonNull(caller, "caller");
        return em.createQuery(
                        "select t from Ticket t where t.parentTicket.id = :id and t.ticket = false"
                                + " order by t.workflowStep, t.sequenceNumber",
                        Ticket.class)
                .setParameter("id", ticket.getId())
                .getResultList();
    }

    /**
     * Instantiates the request's task templates as tasks of the ticket (written with it, by whoever opens it). The
     * tasks of the first step are ready at once; later steps wait until the blocking tasks before them are done.
     * Not a business method: the opening calls it in its own transaction, with the numbers it drew in one round trip.
     */
    static List<Ticket> tasks(
            Ticket ticket,
            List<RequestTask> steps,
            long[] numbers,
            TicketStatus newStatus,
            String by,
            Culture culture) {
        int firstStep = steps.stream().mapToInt(RequestTask::getStep).min().orElse(1);
        List<Ticket> tasks = new ArrayList<>(steps.size());
        for (RequestTask step : steps) {
            TaskTemplate template = step.getTaskTemplate();
            Ticket task = new Ticket(
                    numbers[tasks.size()],
                    template.getTicketType(),
                    newStatus,
                    ticket.getEnterprise(),
                    template.getName().in(culture.locale()),
                    by);
            task.changeDescription(template.getDescription().in(culture.locale()), by);
            task.makeTaskOf(ticket, template, step.getStep(), step.isBlocking());
            task.setReady(step.getStep() == firstStep);
            task.setQueue(template.getDefaultQueue() != null ? template.getDefaultQueue() : ticket.getQueue());
            tasks.add(task);
        }
        return tasks;
    }
}
