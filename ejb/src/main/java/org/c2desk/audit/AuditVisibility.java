package org.c2desk.audit;

import java.util.UUID;
import org.c2desk.security.Caller;

/**
 * Who may read the audit trail of one kind of object: whoever may see the object, as the area that owns it decides.
 * One CDI bean per {@link ObjectKind}; {@link AuditLog} asks it before any entry is read.
 */
public interface AuditVisibility {

    ObjectKind kind();

    /**
     * Refuses a caller who may not see the object: {@link org.c2desk.platform.NotFoundException} for an object they
     * cannot see (or none), {@link org.c2desk.platform.ForbiddenException} where the area says so.
     */
    void requireVisible(Caller caller, UUID id);
}
