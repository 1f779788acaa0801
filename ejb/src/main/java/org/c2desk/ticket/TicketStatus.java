package org.c2desk.ticket;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.c2desk.platform.LocalizedText;

/** A ticket status, in one of the life-cycle {@link StatusPhase phases}, with the statuses it may move to. */
@Entity
@Table(name = "ticket_status")
public class TicketStatus {

    public static final int CODE_LENGTH = 40;

    @Id
    private UUID id;

    @Column(nullable = false, length = CODE_LENGTH)
    private String code;

    @Embedded
    private LocalizedText name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private StatusPhase phase;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(length = 9)
    private String color;

    @Column(name = "is_active", nullable = false)
    private boolean active = true;

    /** The statuses a ticket may move to from this one; empty means any (live collection). */
    @ManyToMany
    @JoinTable(
            name = "ticket_status_transition",
            joinColumns = @JoinColumn(name = "from_status_id"),
            inverseJoinColumns = @JoinColumn(name = "to_status_id"))
    private Set<TicketStatus> allowedNext = new HashSet<>();

    protected TicketStatus() {
        // for JPA
    }

    public TicketStatus(UUID id, String code, LocalizedText name, StatusPhase phase) {
        this.id = Objects.requireNonNull(id);
        this.code = Objects.requireNonNull(code);
        this.name = Objects.requireNonNull(name);
        this.phase = Objects.requireNonNull(phase);
    }

    public TicketStatus(String code, LocalizedText name, StatusPhase phase) {
        this(UUID.randomUUID(), code, name, phase);
    }

    public UUID getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public LocalizedText getName() {
        return name;
    }

    public void setName(LocalizedText name) {
        this.name = Objects.requireNonNull(name);
    }

    public StatusPhase getPhase() {
        return phase;
    }

    public boolean isFinished() {
        return phase.isFinished();
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public void setSortOrder(int sortOrder) {
        this.sortOrder = sortOrder;
    }

    public String getColor() {
        return color;
    }

    public void setColor(String color) {
        this.color = color;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public Set<TicketStatus> getAllowedNext() {
        return allowedNext;
    }

    /** Staying put is always allowed; otherwise a status without transitions may go anywhere. */
    public boolean canMoveTo(TicketStatus next) {
        if (next == null) {
            return false;
        }
        if (next == this || next.getId().equals(id) || allowedNext.isEmpty()) {
            return true;
        }
        return allowedNext.stream().anyMatch(s -> s.getId().equals(next.getId()));
    }
}
