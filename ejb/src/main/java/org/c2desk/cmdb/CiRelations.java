package org.c2desk.cmdb;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.c2desk.audit.AuditAction;
import org.c2desk.audit.AuditLog;
import org.c2desk.audit.Changes;
import org.c2desk.audit.FieldChange;
import org.c2desk.audit.ObjectKind;
import org.c2desk.platform.LookupKind;
import org.c2desk.platform.LookupValue;
import org.c2desk.platform.NotFoundException;
import org.c2desk.platform.References;
import org.c2desk.platform.ValidationException;
import org.c2desk.security.Caller;
import org.c2desk.security.Permission;

/**
 * The relations between configuration items: read, added and removed, each recorded in both CIs' audit trails. Only
 * between CIs the caller may see ({@link CiService#find}); each call is one transaction.
 */
@Stateless
public class CiRelations {

    @PersistenceContext
    EntityManager em;

    @EJB
    CiService cis;

    @EJB
    AuditLog audit;

    /**
     * The relations read from a CI the caller sees to others, oldest first, with the other CI and the type loaded.
     */
    public List<CiRelation> relationsFrom(Caller caller, ConfigurationItem ci) {
        UUID ciId = CiService.seen(caller, ci).getId();
        return em.createQuery(
                        "select r from CiRelation r join fetch r.to join fetch r.relationType"
                                + " where r.from.id = :id order by r.createdOn, r.id",
                        CiRelation.class)
                .setParameter("id", ciId)
                .getResultList();
    }

    /**
     * The relations read from other CIs to one the caller sees, oldest first, with the other CI and the type loaded.
     */
    public List<CiRelation> relationsTo(Caller caller, ConfigurationItem ci) {
        UUID ciId = CiService.seen(caller, ci).getId();
        return em.createQuery(
                        "select r from CiRelation r join fetch r.from join fetch r.relationType"
                                + " where r.to.id = :id order by r.createdOn, r.id",
                        CiRelation.class)
                .setParameter("id", ciId)
                .getResultList();
    }

    /**
     * Relates two CIs the caller may see ({@code from} → {@code to}) with a relation type (a CI_RELATION lookup value).
     * A CI cannot be related to itself, nor twice to the same CI with the same type.
     */
    public CiRelation relate(Caller caller, UUID fromId, UUID toId, UUID relationTypeId) {
        caller.require(Permission.CI_EDIT);
        ConfigurationItem from = cis.find(caller, fromId);
        if (toId == null) {
            throw new ValidationException("ToCIId", "error.required", "ToCIId: a value is required", "ToCIId");
        }
        ConfigurationItem to;
        try {
            to = cis.find(caller, toId);
        } catch (NotFoundException e) {
            throw new ValidationException(
                    "ToCIId", "error.unknownReference", "ToCIId: no CI has the id " + toId, "ToCIId", toId);
        }
        if (from.getId().equals(to.getId())) {
            throw new ValidationException(
                    "ToCIId", "error.ci.relatedToItself", "ToCIId: a CI cannot be related to itself");
        }
        LookupValue type = References.resolve(
                em, LookupValue.class, CiService.required(relationTypeId, "RelationTypeId"), "RelationTypeId");
        if (!type.is(LookupKind.CI_RELATION)) {
            throw new ValidationException(
                    "RelationTypeId",
                    "error.unknownReference",
                    "RelationTypeId: no relation type has the id " + relationTypeId,
                    "RelationTypeId",
                    relationTypeId);
        }
        long same = em.createQuery(
                        "select count(r) from CiRelation r where r.from.id = :from and r.to.id = :to"
                                + " and r.relationType.id = :type",
                        Long.class)
                .setParameter("from", fromId)
                .setParameter("to", toId)
                .setParameter("type", relationTypeId)
                .getSingleResult();
        if (same > 0) {
            throw new ValidationException(
                    "ToCIId", "error.ci.alreadyRelated", "ToCIId: the CIs are already related this way");
        }
        CiRelation relation = new CiRelation(from, to, type, caller.userName());
        em.persist(relation);
        from.getAudit().touch(caller.userName());
        em.flush();
        // Each side records the other, by relation type: "RelatedTo" here, "RelatedFrom" on the other CI.
        audit.record(
                caller,
                ObjectKind.CI,
                from.getId(),
                AuditAction.RELATED,
                new Changes()
                        .add(new FieldChange(
                                "RelatedTo", type.getCode(), null, to.getId().toString())));
        audit.record(
                caller,
                ObjectKind.CI,
                to.getId(),
                AuditAction.RELATED,
                new Changes()
                        .add(new FieldChange(
                                "RelatedFrom",
                                type.getCode(),
                                null,
                                from.getId().toString())));
        return relation;
    }

    /**
     * Removes a relation of a CI the caller may see (from either side); audited as UNRELATED on both CIs, as
     * {@link #relate} records RELATED on both.
     */
    public void unrelate(Caller caller, UUID ciId, UUID relationId) {
        caller.require(Permission.CI_EDIT);
        ConfigurationItem ci = cis.find(caller, ciId);
        CiRelation relation = relationId == null ? null : em.find(CiRelation.class, relationId);
        if (relation == null
                || !(relation.getFrom().getId().equals(ci.getId())
                        || relation.getTo().getId().equals(ci.getId()))) {
            throw new ValidationException(
                    "RelationId",
                    "error.ci.relationGone",
                    "RelationId: this CI has no relation with the id " + relationId,
                    "RelationId");
        }
        ConfigurationItem from = relation.getFrom();
        ConfigurationItem to = relation.getTo();
        String type = relation.getRelationType().getCode();
        em.remove(relation);
        ci.getAudit().touch(caller.userName());
        em.flush();
        audit.record(
                caller,
                ObjectKind.CI,
                from.getId(),
                AuditAction.UNRELATED,
                new Changes().add(new FieldChange("RelatedTo", type, to.getId().toString(), null)));
        audit.record(
                caller,
                ObjectKind.CI,
                to.getId(),
                AuditAction.UNRELATED,
                new Changes()
                        .add(new FieldChange("RelatedFrom", type, from.getId().toString(), null)));
    }

    /** The relation types (CI_RELATION lookup values) in their order, for any signed-in resource. */
    public List<LookupValue> relationTypes(Caller caller) {
        Objects.requireNonNull(caller, "caller");
        return em.createQuery(
                        "select v from LookupValue v where v.kind = :kind order by v.sortOrder, v.code",
                        LookupValue.class)
                .setParameter("kind", LookupKind.CI_RELATION)
                .getResultList();
    }
}
