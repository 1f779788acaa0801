package org.c2desk.ticket;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.UUID;
import org.c2desk.platform.NewRowsEntity;
import org.c2desk.security.Resource;

/** A resource a ticket is assigned to; the principal one owns it. */
@Entity
@NewRowsEntity
@Table(name = "ticket_assignee")
public class TicketAssignee {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "ticket_id", nullable = false, updatable = false)
    private Ticket ticket;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "resource_id", nullable = false, updatable = false)
    private Resource resource;

    @Column(name = "is_principal", nullable = false)
    private boolean principal;

    /** Whether the assignment e-mail went out. */
    @Column(name = "email_sent", nullable = false)
    private boolean emailSent;

    @Column(name = "assigned_on", nullable = false, updatable = false)
    private OffsetDateTime assignedOn;

    protected TicketAssignee() {
        // for JPA
    }

    /** Prefer {@link Ticket#assign(Resource, boolean)}, which keeps the ticket's list and the principal in step. */
    public TicketAssignee(Ticket ticket, Resource resource, boolean principal) {
        this.id = UUID.randomUUID();
        this.ticket = Objects.requireNonNull(ticket);
        this.resource = Objects.requireNonNull(resource);
        this.principal = principal;
        this.assignedOn = OffsetDateTime.now(ZoneOffset.UTC);
    }

    public UUID getId() {
        return id;
    }

    public Ticket getTicket() {
        return ticket;
    }

    public Resource getResource() {
        return resource;
    }

    public boolean isPrincipal() {
        return principal;
    }

    void setPrincipal(boolean principal) {
        this.principal = principal;
    }

    public boolean isEmailSent() {
        return emailSent;
    }

    public void markEmailSent() {
        this.emailSent = true;
    }

    public OffsetDateTime getAssignedOn() {
        return assignedOn;
    }
}
