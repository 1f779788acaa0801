package org.c2desk.ticket;

import com.hazelcast.core.HazelcastInstance;
import fish.payara.micro.cdi.Inbound;
import fish.payara.micro.cdi.Outbound;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Carries {@link TicketChanged} to every server of the cluster, this one included, after the commit: to this server's
 * listeners directly, to the others through Payara's clustered CDI event bus (Hazelcast, which Payara Server enables
 * by default), so an agent connected to server B sees a change saved on server A. On arrival it hands the event to
 * the listeners the web tier registered (the console's live updates); a plain listener list because observers of the
 * WAR are out of this module's reach. A server alone in its cluster publishes nothing: Hazelcast would hand the message
 * back to this server only to be dropped (serialised and read again, a twentieth of a Ticket/Save's CPU).
 */
@ApplicationScoped
public class TicketChangeRelay {

    private static final Logger LOG = Logger.getLogger(TicketChangeRelay.class.getName());

    /*
     * The other servers only: this one's listeners get the change straight from committed(). Looped back through the
     * bus, each change cost this server a Hazelcast message and a managed-executor task whose context capture scans
     * the class path (a tenth of a Ticket/Save's CPU).
     */
    @Inject
    @Outbound(loopBack = false)
    Event<TicketChanged> cluster;

    private final List<Consumer<TicketChanged>> listeners = new CopyOnWriteArrayList<>();

    /** Payara's Hazelcast member (JNDI {@code payara/Hazelcast}); null when there is none. */
    private HazelcastInstance hazelcast;

    @PostConstruct
    @SuppressWarnings("BanJNDI") // A fixed name of the server's own, never one taken from a request.
    void findClusterMember() {
        try {
            hazelcast = (HazelcastInstance) new InitialContext().lookup("payara/Hazelcast");
        } catch (NamingException | ClassCastException e) {
            LOG.log(Level.INFO, "No Hazelcast member to ask for the cluster's size; every change is published", e);
        }
    }

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) @Written TicketChanged change) {
        deliver(change);
        try {
            if (othersListen()) {
                cluster.fire(change);
            }
        } catch (RuntimeException e) {
            // The write is committed whatever happens here: a lost notice only delays what agents see.
            LOG.log(Level.WARNING, "Could not announce the change of ticket " + change.ticketId(), e);
        }
    }

    void arrived(@Observes @Inbound TicketChanged change) {
        deliver(change);
    }

    /**
     * Whether another server is a member of this one's cluster now (Hazelcast's member list, held locally: no network
     * call). Without a Hazelcast member to ask, or if it cannot answer, the change is published as before.
     */
    private boolean othersListen() {
        try {
            return hazelcast == null || hazelcast.getCluster().getMembers().size() > 1;
        } catch (RuntimeException e) {
            return true;
        }
    }

    private void deliver(TicketChanged change) {
        for (Consumer<TicketChanged> listener : listeners) {
            try {
                listener.accept(change);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "A listener failed on the change of ticket " + change.ticketId(), e);
            }
        }
    }

    /** Calls {@code listener} with each change committed anywhere in the cluster. */
    public void listen(Consumer<TicketChanged> listener) {
        listeners.add(listener);
    }

    public void stopListening(Consumer<TicketChanged> listener) {
        listeners.remove(listener);
    }
}
