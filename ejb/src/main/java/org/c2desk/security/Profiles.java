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

    public void changeResourceCulture(UUID resourceId, Culture culture) {
        Resource resource = em.find(Resource.class, resourceId);
        if (resource == null) {
            throw new NotFoundException("Resource", resourceId);
        }
        resource.setPreferredCulture(culture);
        callers.clearAtEndOfTransaction(); // the API answers in the caller's language
    }

    public void changeClientCulture(UUID clientId, Culture culture) {
        Client client = em.find(Client.class, clientId);
        if (client == null) {
            throw new NotFoundException("Client", clientId);
        }
        client.setPreferredCulture(culture);
    }
}
