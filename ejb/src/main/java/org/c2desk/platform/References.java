package org.c2desk.platform;

import jakarta.persistence.EntityManager;
import java.util.UUID;

/** Resolves the ids a command names, refusing an unknown one with the name of the field that held it. */
public final class References {

    private References() {}

    /** The entity with that id, or a refusal naming the field that held the id. */
    public static <T> T resolve(EntityManager em, Class<T> type, UUID id, String field) {
        T found = id == null ? null : em.find(type, id);
        if (found == null) {
            throw new ValidationException(
                    field,
                    "error.unknownReference",
                    field + ": no " + type.getSimpleName() + " has the id " + id,
                    field,
                    id);
        }
        return found;
    }
}
