package org.c2desk.security;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.UUID;
import org.c2desk.client.Client;
import org.c2desk.platform.Culture;
import org.c2desk.platform.NotFoundException;

/** What people change about themselves: for now, the language their pages speak. */
@Stateless
public class Profiles {

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerCache callers;

    /** The signed-in resource's own language. */
    public void changeResourceCulture(Caller caller, Culture culture) {
        UUID resourceId = caller.resourceId();
        Resource resource = em.find(Resource.class, resourceId);
        if (resource == null) {
            throw new NotFoundException("Resource", resourceId);
        }
        resource.setPreferredCulture(culture);
        callers.clearAtEndOfTransaction(); // the API answers in the caller's language
    }

    /** The signed-in portal client's own language. */
    public void changeClientCulture(PortalClient portalClient, Culture culture) {
        UUID clientId = portalClient.clientId();
        Client client = em.find(Client.class, clientId);
        if (client == null) {
            throw new NotFoundException("Client", clientId);
        }
        client.setPreferredCulture(culture);
    }
}
