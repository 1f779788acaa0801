package org.c2desk.ticket;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;
import java.util.UUID;
import org.c2desk.platform.LocalizedText;

/** The type of a ticket (incident, service request, problem, change) or of a workflow task. */
@Entity
@Table(name = "ticket_type")
public class TicketType {

    public static final int CODE_LENGTH = 40;

    @Id
    private UUID id;

    @Column(nullable = false, length = CODE_LENGTH)
    private String code;

    @Embedded
    private LocalizedText name;

    @Column(name = "is_task", nullable = false)
    private boolean task;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(name = "is_active", nullable = false)
    private boolean active = true;

    protected TicketType() {
        // for JPA
    }

    public TicketType(UUID id, String code, LocalizedText name, boolean task) {
        this.id = Objects.requireNonNull(id);
        this.code = Objects.requireNonNull(code);
        this.name = Objects.requireNonNull(name);
        this.task = task;
    }

    public TicketType(String code, LocalizedText name, boolean task) {
        this(UUID.randomUUID(), code, name, task);
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

    /** The type of workflow tasks rather than of what clients ask. */
    public boolean isTask() {
        return task;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public void setSortOrder(int sortOrder) {
        this.sortOrder = sortOrder;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
