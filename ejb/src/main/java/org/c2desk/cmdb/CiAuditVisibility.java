package org.c2desk.cmdb;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.c2desk.audit.AuditVisibility;
import org.c2desk.audit.ObjectKind;
import org.c2desk.security.Caller;

/** A CI's audit trail (its relations included) is read by whoever sees the CI. */
@ApplicationScoped
public class CiAuditVisibility implements AuditVisibility {

    @EJB
    CiService cis;

    @Override
    public ObjectKind kind() {
        return ObjectKind.CI;
    }

    @Override
    public void requireVisible(Caller caller, UUID id) {
        cis.find(caller, id);
    }
}
