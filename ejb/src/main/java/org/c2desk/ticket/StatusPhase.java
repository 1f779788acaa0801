package org.c2desk.ticket;

/** The life-cycle phase a ticket status belongs to; the product reasons about phases, not individual statuses. */
public enum StatusPhase {
    NEW,
    OPEN,
    WAITING,
    RESOLVED,
    CLOSED,
    CANCELLED;

    /** Resolved, closed and cancelled tickets are finished: no more work is expected on them. */
    public boolean isFinished() {
        return this == RESOLVED || this == CLOSED || this == CANCELLED;
    }
}
