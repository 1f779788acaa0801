package org.c2desk.ticket;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Objects;
import java.util.UUID;
import org.c2desk.client.Client;
import org.c2desk.platform.NewRowsEntity;

/** A client concerned by a ticket; the principal one is the requestor. */
@Entity
@NewRowsEntity
@Table(name = "ticket_client")
public class TicketClient {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "ticket_id", nullable = false, updatable = false)
    private Ticket ticket;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "client_id", nullable = false, updatable = false)
    private Client client;

    @Column(name = "is_principal", nullable = false)
    private boolean principal;

    protected TicketClient() {
        // for JPA
    }

    /** Prefer {@link Ticket#addClient(Client, boolean)}, which keeps the ticket's list and the principal in step. */
    public TicketClient(Ticket ticket, Client client, boolean principal) {
        this.id = UUID.randomUUID();
        this.ticket = Objects.requireNonNull(ticket);
        this.client = Objects.requireNonNull(client);
        this.principal = principal;
    }

    public UUID getId() {
        return id;
    }

    public Ticket getTicket() {
        return ticket;
    }

    public Client getClient() {
        return client;
    }

    public boolean isPrincipal() {
        return principal;
    }

    void setPrincipal(boolean principal) {
        this.principal = principal;
    }
}
