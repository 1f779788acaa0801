package org.c2desk.client;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.c2desk.audit.AuditVisibility;
import org.c2desk.audit.ObjectKind;
import org.c2desk.security.Caller;

/** A client's audit trail is read by whoever sees the client (one of its enterprises). */
@ApplicationScoped
public class ClientAuditVisibility implements AuditVisibility {

    @EJB
    ClientService clients;

    @Override
    public ObjectKind kind() {
        return ObjectKind.CLIENT;
    }

    @Override
    public void requireVisible(Caller caller, UUID id) {
        clients.find(caller, id);
    }
}
