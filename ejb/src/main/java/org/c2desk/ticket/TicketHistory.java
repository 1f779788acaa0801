package org.c2desk.ticket;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.UUID;

/** One change of one field of a ticket: who, when, and the value before and after (as text). Never edited. */
@Entity
@Table(name = "ticket_history")
@EntityListeners(TicketWriteListener.class)
public class TicketHistory {

    public static final int FIELD_NAME_LENGTH = 100;

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "ticket_id", nullable = false, updatable = false)
    private Ticket ticket;

    @Column(name = "changed_by", nullable = false, updatable = false)
    private String changedBy;

    @Column(name = "changed_on", nullable = false, updatable = false)
    private OffsetDateTime changedOn;

    @Column(name = "field_name", nullable = false, updatable = false, length = FIELD_NAME_LENGTH)
    private String fieldName;

    @Column(name = "old_value", updatable = false)
    private String oldValue;

    @Column(name = "new_value", updatable = false)
    private String newValue;

    protected TicketHistory() {
        // for JPA
    }

    public TicketHistory(Ticket ticket, String fieldName, String oldValue, String newValue, String changedBy) {
        this.id = UUID.randomUUID();
        this.ticket = Objects.requireNonNull(ticket);
        this.fieldName = Objects.requireNonNull(fieldName);
        this.oldValue = oldValue;
        this.newValue = newValue;
        this.changedBy = Objects.requireNonNull(changedBy);
        this.changedOn = OffsetDateTime.now(ZoneOffset.UTC);
    }

    public UUID getId() {
        return id;
    }

    public Ticket getTicket() {
        return ticket;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public OffsetDateTime getChangedOn() {
        return changedOn;
    }

    public String getFieldName() {
        return fieldName;
    }

    public String getOldValue() {
        return oldValue;
    }

    public String getNewValue() {
        return newValue;
    }
}
