package org.c2desk.audit;

import java.util.UUID;

/**
 * An audit entry was just written, inside the writer's transaction: the object {@code kind}/{@code id} changed. Fired
 * as a CDI event, so that other areas follow writes without the writers knowing them (live updates of tickets, later
 * notifications). It rolls back with the write: act on it after the commit.
 */
public record Recorded(ObjectKind kind, UUID id, String actorName) {}
