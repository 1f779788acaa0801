package org.c2desk.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.c2desk.audit.AuditVisibility;
import org.c2desk.audit.ObjectKind;
import org.c2desk.platform.ForbiddenException;

/**
 * A resource's audit trail (its API tokens' creations and revocations) is read by that resource or an administrator;
 * anyone else is refused whether the resource exists or not.
 */
@ApplicationScoped
public class ResourceAuditVisibility implements AuditVisibility {

    @Override
    public ObjectKind kind() {
        return ObjectKind.RESOURCE;
    }

    @Override
    public void requireVisible(Caller caller, UUID id) {
        if (!id.equals(caller.resourceId()) && !caller.can(Permission.ADMINISTER)) {
            throw new ForbiddenException(
                    caller.userName() + " may only read their own audit trail", Permission.ADMINISTER);
        }
    }
}
