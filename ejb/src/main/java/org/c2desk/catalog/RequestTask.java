package org.c2desk.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Objects;
import java.util.UUID;

/**
 * A task template placed in a request's workflow at a step; the tasks of a step start when the blocking tasks of the
 * steps before are done.
 */
@Entity
@Table(name = "request_task")
public class RequestTask {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "request_id", nullable = false)
    private RequestForm request;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "task_template_id", nullable = false)
    private TaskTemplate taskTemplate;

    @Column(nullable = false)
    private int step = 1;

    @Column(name = "is_blocking", nullable = false)
    private boolean blocking = true;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected RequestTask() {
        // for JPA
    }

    /** Use {@link RequestForm#addTask(TaskTemplate, int, boolean)}, which keeps the request's tasks in step. */
    RequestTask(RequestForm request, TaskTemplate taskTemplate, int step, boolean blocking, int sortOrder) {
        if (step < 1) {
            throw new IllegalArgumentException("Steps start at 1: " + step);
        }
        this.id = UUID.randomUUID();
        this.request = Objects.requireNonNull(request);
        this.taskTemplate = Objects.requireNonNull(taskTemplate);
        this.step = step;
        this.blocking = blocking;
        this.sortOrder = sortOrder;
    }

    public UUID getId() {
        return id;
    }

    public RequestForm getRequest() {
        return request;
    }

    public TaskTemplate getTaskTemplate() {
        return taskTemplate;
    }

    public int getStep() {
        return step;
    }

    public void setStep(int step) {
        if (step < 1) {
            throw new IllegalArgumentException("Steps start at 1: " + step);
        }
        this.step = step;
    }

    public boolean isBlocking() {
        return blocking;
    }

    public void setBlocking(boolean blocking) {
        this.blocking = blocking;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public void setSortOrder(int sortOrder) {
        this.sortOrder = sortOrder;
    }
}
