package org.c2desk.web.console.live;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.faces.push.Push;
import jakarta.faces.push.PushContext;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.function.Consumer;
import org.c2desk.ticket.TicketChangeRelay;
import org.c2desk.ticket.TicketChanged;

/**
 * Live updates of the console: each ticket change committed anywhere in the cluster ({@link TicketChangeRelay}) is
 * pushed to the browsers on the {@code tickets} channel ({@code <f:websocket>} of the console's template). The
 * message holds the ticket's id only, never its number, summary or author: every signed-in agent receives it, and a
 * page that shows that ticket re-reads it through the permission-checked services (ticket page, ticket list).
 */
@ApplicationScoped
public class TicketPush {

    /** The channel's name, as the template's {@code <f:websocket>} declares it. */
    public static final String CHANNEL = "tickets";

    @Inject
    @Push(channel = CHANNEL)
    PushContext browsers;

    @Inject
    TicketChangeRelay relay;

    private final Consumer<TicketChanged> listener = this::send;

    /** Starts with the application, so changes are pushed before any page asked for this bean. */
    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        // the observer's only job is to create the bean
    }

    @PostConstruct
    void listen() {
        relay.listen(listener);
    }

    @PreDestroy
    void stop() {
        relay.stopListening(listener);
    }

    void send(TicketChanged change) {
        browsers.send(Map.of("ticket", change.ticketId().toString()));
    }
}
