package org.c2desk.catalog;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;
import java.util.UUID;
import org.c2desk.platform.LocalizedText;
import org.c2desk.ticket.Queue;
import org.c2desk.ticket.TicketType;

/** A task a request's workflow creates (an approval, an installation...), with its queue and estimate. */
@Entity
@Table(name = "task_template")
public class TaskTemplate {

    @Id
    private UUID id;

    @Embedded
    private LocalizedText name;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "english", column = @Column(name = "english_description", nullable = false)),
        @AttributeOverride(name = "french", column = @Column(name = "french_description", nullable = false))
    })
    private LocalizedText description = LocalizedText.same("");

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "ticket_type_id", nullable = false)
    private TicketType ticketType;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "default_queue_id")
    private Queue defaultQueue;

    @Column(name = "estimated_minutes", nullable = false)
    private int estimatedMinutes;

    @Column(name = "is_approval", nullable = false)
    private boolean approval;

    @Column(name = "is_active", nullable = false)
    private boolean active = true;

    @Version
    private long version;

    protected TaskTemplate() {
        // for JPA
    }

    public TaskTemplate(UUID id, LocalizedText name, TicketType ticketType) {
        this.id = Objects.requireNonNull(id);
        this.name = Objects.requireNonNull(name);
        this.ticketType = Objects.requireNonNull(ticketType);
    }

    public TaskTemplate(LocalizedText name, TicketType ticketType) {
        this(UUID.randomUUID(), name, ticketType);
    }

    public UUID getId() {
        return id;
    }

    public LocalizedText getName() {
        return name;
    }

    public void setName(LocalizedText name) {
        this.name = Objects.requireNonNull(name);
    }

    public LocalizedText getDescription() {
        return description;
    }

    public void setDescription(LocalizedText description) {
        this.description = Objects.requireNonNull(description);
    }

    public TicketType getTicketType() {
        return ticketType;
    }

    public void setTicketType(TicketType ticketType) {
        this.ticketType = Objects.requireNonNull(ticketType);
    }

    public Queue getDefaultQueue() {
        return defaultQueue;
    }

    public void setDefaultQueue(Queue defaultQueue) {
        this.defaultQueue = defaultQueue;
    }

    public int getEstimatedMinutes() {
        return estimatedMinutes;
    }

    public void setEstimatedMinutes(int estimatedMinutes) {
        this.estimatedMinutes = estimatedMinutes;
    }

    /** An approval task: its outcome decides whether the request goes on. */
    public boolean isApproval() {
        return approval;
    }

    public void setApproval(boolean approval) {
        this.approval = approval;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public long getVersion() {
        return version;
    }
}
