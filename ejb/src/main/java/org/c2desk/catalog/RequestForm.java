package org.c2desk.catalog;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.c2desk.platform.LocalizedText;
import org.c2desk.platform.LookupKind;
import org.c2desk.platform.LookupValue;
import org.c2desk.ticket.Queue;
import org.c2desk.ticket.TicketType;

/**
 * A request of the catalogue: what a client can ask for, with its custom field sections (form kind REQUEST, form id
 * this id) and its workflow of tasks.
 */
@Entity
@Table(name = "request_form")
public class RequestForm extends CatalogEntry {

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "service_id", nullable = false)
    private CatalogService service;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "ticket_type_id", nullable = false)
    private TicketType ticketType;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "default_queue_id")
    private Queue defaultQueue;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "default_priority_id")
    private LookupValue defaultPriority;

    @Column(name = "is_description_section_visible", nullable = false)
    private boolean descriptionSectionVisible = true;

    @Column(name = "is_draft_allowed", nullable = false)
    private boolean draftAllowed;

    @Column(name = "is_portal_visible", nullable = false)
    private boolean portalVisible = true;

    @OneToMany(mappedBy = "request", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("step ASC, sortOrder ASC")
    private List<RequestTask> tasks = new ArrayList<>();

    protected RequestForm() {
        // for JPA
    }

    public RequestForm(UUID id, CatalogService service, TicketType ticketType, LocalizedText name) {
        super(id, name);
        this.service = Objects.requireNonNull(service);
        this.ticketType = Objects.requireNonNull(ticketType);
    }

    public RequestForm(CatalogService service, TicketType ticketType, LocalizedText name) {
        this(UUID.randomUUID(), service, ticketType, name);
    }

    public CatalogService getService() {
        return service;
    }

    public void moveTo(CatalogService newService) {
        this.service = Objects.requireNonNull(newService);
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

    public LookupValue getDefaultPriority() {
        return defaultPriority;
    }

    public void setDefaultPriority(LookupValue defaultPriority) {
        this.defaultPriority = LookupValue.requireKind(defaultPriority, LookupKind.PRIORITY);
    }

    public boolean isDescriptionSectionVisible() {
        return descriptionSectionVisible;
    }

    public void setDescriptionSectionVisible(boolean descriptionSectionVisible) {
        this.descriptionSectionVisible = descriptionSectionVisible;
    }

    public boolean isDraftAllowed() {
        return draftAllowed;
    }

    public void setDraftAllowed(boolean draftAllowed) {
        this.draftAllowed = draftAllowed;
    }

    public boolean isPortalVisible() {
        return portalVisible;
    }

    public void setPortalVisible(boolean portalVisible) {
        this.portalVisible = portalVisible;
    }

    /** The workflow, ordered by step then sort order. */
    public List<RequestTask> getTasks() {
        return Collections.unmodifiableList(tasks);
    }

    /** Adds a task at the end of {@code step}. */
    public RequestTask addTask(TaskTemplate template, int step, boolean blocking) {
        int sortOrder = (int) tasks.stream().filter(t -> t.getStep() == step).count();
        RequestTask task = new RequestTask(this, template, step, blocking, sortOrder);
        tasks.add(task);
        return task;
    }

    public void removeTask(RequestTask task) {
        tasks.remove(task);
    }
}
