package org.c2desk.cmdb;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** The CMDB's folders, categories, types and states, for forms and filters (small tables). */
@Stateless
public class CiReferenceData {

    @PersistenceContext
    EntityManager em;

    public List<CiFolder> folders() {
        return em.createQuery("select f from CiFolder f order by f.id", CiFolder.class)
                .getResultList();
    }

    public List<CiCategory> categories() {
        return em.createQuery("select c from CiCategory c order by c.id", CiCategory.class)
                .getResultList();
    }

    public List<CiType> types() {
        return em.createQuery("select t from CiType t order by t.id", CiType.class)
                .getResultList();
    }

    public List<CiState> states() {
        return em.createQuery("select s from CiState s order by s.code", CiState.class)
                .getResultList();
    }
}
