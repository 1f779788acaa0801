package org.c2desk.platform;

import jakarta.ejb.ApplicationException;

/** The object does not exist, or the caller may not see it: both answer the same so ids cannot be probed. */
@ApplicationException(rollback = true)
public class NotFoundException extends BusinessException {

    public NotFoundException(String kind, Object id) {
        super("error.notFound", kind + " " + id + " was not found", kind, id);
    }
}
