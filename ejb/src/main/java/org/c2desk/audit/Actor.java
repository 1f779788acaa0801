package org.c2desk.audit;

import java.io.Serializable;
import java.util.Objects;
import org.c2desk.security.Caller;
import org.c2desk.security.PortalClient;

/** Who made a change: a user name and what kind of account it is. */
public record Actor(String name, ActorKind kind) implements Serializable {

    public Actor {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
    }

    public static Actor of(Caller caller) {
        return new Actor(caller.userName(), ActorKind.RESOURCE);
    }

    public static Actor of(PortalClient client) {
        return new Actor(client.userName(), ActorKind.CLIENT);
    }

    public static Actor system(String name) {
        return new Actor(name, ActorKind.SYSTEM);
    }
}
