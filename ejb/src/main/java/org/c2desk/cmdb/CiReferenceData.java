package org.c2desk.cmdb;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Objects;
import org.c2desk.security.Caller;

/**
 * The CMDB's folders, categories, types and states, for forms and filters (small tables): any signed-in resource
 * reads them, so each takes a caller who must be there.
 */
@Stateless
public class CiReferenceData {

    @PersistenceContext
    EntityManager em;

    public List<CiFolder> folders(Caller caller) {
        Objects.requireNonNull(caller, "caller");
        return em.createQuery("select f from CiFolder f order by f.id", CiFolder.class)
                .getResultList();
    }

    public List<CiCategory> categories(Caller caller) {
        Objects.requireNonNull(caller, "caller");
        return em.createQuery("select c from CiCategory c order by c.id", CiCategory.class)
                .getResultList();
    }

    public List<CiType> types(Caller caller) {
        Objects.requireNonNull(caller, "caller");
        return em.createQuery("select t from CiType t order by t.id", CiType.class)
                .getResultList();
    }

    public List<CiState> states(Caller caller) {
        Objects.requireNonNull(caller, "caller");
        return em.createQuery("select s from CiState s order by s.code", CiState.class)
                .getResultList();
    }
}
