package org.c2desk.audit;

/** Who made a change: a resource (agent), a client (through the portal), or the system itself (jobs, migrations). */
public enum ActorKind {
    RESOURCE,
    CLIENT,
    SYSTEM
}
