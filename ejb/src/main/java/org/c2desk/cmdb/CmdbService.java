package org.c2desk.cmdb;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.c2desk.audit.AuditAction;
import org.c2desk.audit.AuditLog;
import org.c2desk.audit.Changes;
import org.c2desk.audit.FieldChange;
import org.c2desk.audit.ObjectKind;
import org.c2desk.client.Client;
import org.c2desk.customfield.CustomFields;
import org.c2desk.customfield.FieldSection;
import org.c2desk.customfield.FormKind;
import org.c2desk.customfield.OwnerKind;
import org.c2desk.platform.ConcurrentChangeException;
import org.c2desk.platform.Culture;
import org.c2desk.platform.LocalizedText;
import org.c2desk.platform.NotFoundException;
import org.c2desk.platform.SequenceNumbers;
import org.c2desk.platform.ValidationException;
import org.c2desk.security.Caller;
import org.c2desk.security.Permission;
import org.c2desk.security.Resource;
import org.c2desk.ticket.Attachment;

/**
 * Creates and changes configuration items for every channel (console, APIs, imports). Checks the caller's
 * permission, resolves every reference or refuses with the name of the field that is wrong, and checks every value
 * before anything is written; each call is one transaction.
 */
@Stateless
public class CmdbService {

    /** The C2 API's "no value" GUID. */
    static final String EMPTY_GUID = "00000000-0000-0000-0000-000000000000";

    /** The unique index on configuration_item.external_id (V001__schema.sql). */
    private static final String EXTERNAL_ID_INDEX = "ci_external_id_uq";

    @PersistenceContext
    EntityManager em;

    @EJB
    SequenceNumbers sequenceNumbers;

    @EJB
    CustomFields customFields;

    @EJB
    AuditLog audit;

    public ConfigurationItem create(Caller caller, NewCi command) {
        caller.require(Permission.CI_CREATE);
        Objects.requireNonNull(command, "command");
        CiFolder folder = reference(CiFolder.class, required(command.folderId(), "CIFolderId"), "CIFolderId");
        CiCategory category = reference(CiCategory.class, required(command.categoryId(), "CategoryId"), "CategoryId");
        CiType type = command.typeId() == null ? null : reference(CiType.class, command.typeId(), "CITypeId");
        checkTypeFitsCategory(type, category, "CITypeId");
        CiState state = command.stateId() == null ? null : reference(CiState.class, command.stateId(), "StateId");
        Client owner = command.ownerId() == null ? null : reference(Client.class, command.ownerId(), "OwnerId");
        String englishName = name(command.englishName(), "EnglishName");
        String frenchName = command.frenchName() == null || command.frenchName().isBlank()
                ? englishName
                : name(command.frenchName(), "FrenchName");
        LocalizedText description = new LocalizedText(
                description(command.englishDescription(), "EnglishDescription"),
                description(command.frenchDescription(), "FrenchDescription"));
        String tags = tags(command.tags());
        String externalId = externalId(command.externalId(), null);

        ConfigurationItem ci = new ConfigurationItem(
                sequenceNumbers.next(SequenceNumbers.Kind.CI),
                sequenceNumbers.next(SequenceNumbers.Kind.OBJECT),
                folder,
                category,
                new LocalizedText(englishName, frenchName),
                caller.userName());
        ci.setType(type);
        ci.setState(state);
        ci.setOwner(owner);
        ci.setDescription(description);
        ci.setTags(tags);
        ci.setExternalId(externalId);
        ci.setActive(command.active());
        em.persist(ci);
        flush();
        // Checks every value before writing any; a refusal rolls the whole creation back.
        List<FieldChange> custom = customFields.apply(
                OwnerKind.CI, ci.getId(), layoutOf(ci), command.customFieldValues(), caller.userName(), true);
        audit.record(
                caller,
                ObjectKind.CI,
                ci.getId(),
                AuditAction.CREATED,
                new Changes().between(Map.of(), ci.auditValues()).addAll(custom));
        return ci;
    }

    /** The custom-field layout of a CI: its type's sections and the ones every CI shares (only those without a type). */
    public List<FieldSection> layoutOf(ConfigurationItem ci) {
        return customFields.layout(
                FormKind.CI, ci.getType() == null ? null : ci.getType().getId());
    }

    /**
     * The CI, if the caller may see it: a CI that belongs to enterprises is seen by callers who see one of them; one
     * that belongs to none by everyone. Otherwise "not found", so ids cannot be probed.
     */
    public ConfigurationItem find(Caller caller, UUID id) {
        ConfigurationItem ci = id == null ? null : em.find(ConfigurationItem.class, id);
        if (ci == null || !sees(caller, ci)) {
            throw new NotFoundException("CI", id);
        }
        return ci;
    }

    private static boolean sees(Caller caller, ConfigurationItem ci) {
        return caller.administrator()
                || ci.getEnterprises().isEmpty()
                || ci.getEnterprises().stream().anyMatch(e -> caller.seesEnterprise(e.getId()));
    }

    /**
     * Changes one system field, as the C2 API's UpdateProperty does. Unknown property names are refused by name,
     * with the list of the known ones.
     */
    public ConfigurationItem updateProperty(Caller caller, UUID id, String property, String value) {
        caller.require(Permission.CI_EDIT);
        CiProperty named = CiProperty.named(property);
        ConfigurationItem ci = find(caller, id);
        Map<String, String> before = ci.auditValues();
        named.apply(this, ci, value, caller.userName());
        ci.getAudit().touch(caller.userName());
        flush();
        audit.record(caller, ObjectKind.CI, id, AuditAction.UPDATED, new Changes().between(before, ci.auditValues()));
        return ci;
    }

    /**
     * Changes several system fields (by their API names, see {@link CiProperty}) and custom fields (keyed by sequence
     * number or definition id) of a CI in one transaction, all or none, provided the CI is still at
     * {@code expectedVersion}; the row is locked while checking. Custom fields are checked against the CI's form after
     * the system fields changed (a new type brings its own sections).
     *
     * @throws ConcurrentChangeException when the CI is no longer at {@code expectedVersion}
     */
    public ConfigurationItem updateProperties(
            Caller caller,
            UUID id,
            long expectedVersion,
            Map<String, String> changes,
            Map<String, String> customFieldChanges) {
        caller.require(Permission.CI_EDIT);
        List<CiProperty> properties =
                changes.keySet().stream().map(CiProperty::named).toList();
        ConfigurationItem ci = id == null ? null : em.find(ConfigurationItem.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (ci == null || !sees(caller, ci)) {
            throw new NotFoundException("CI", id);
        }
        if (ci.getVersion() != expectedVersion) {
            throw new ConcurrentChangeException("CI", id, expectedVersion, ci.getVersion());
        }
        Map<String, String> before = ci.auditValues();
        int i = 0;
        for (String value : changes.values()) {
            properties.get(i++).apply(this, ci, value, caller.userName());
        }
        Changes audited = new Changes().between(before, ci.auditValues());
        if (customFieldChanges != null && !customFieldChanges.isEmpty()) {
            List<FieldSection> layout = layoutOf(ci);
            audited.addAll(customFields.apply(
                    OwnerKind.CI,
                    ci.getId(),
                    layout,
                    customFields.byDefinitionId(layout, customFieldChanges, "customFields."),
                    caller.userName(),
                    false));
        }
        ci.getAudit().touch(caller.userName());
        flush();
        audit.record(caller, ObjectKind.CI, id, AuditAction.UPDATED, audited);
        return ci;
    }

    /** Changes one custom field, addressed by its definition's sequence number (the C2 API's UpdateProperty). */
    public ConfigurationItem updateCustomField(Caller caller, UUID id, int sequenceNumber, String value) {
        caller.require(Permission.CI_EDIT);
        ConfigurationItem ci = find(caller, id);
        Changes changes = new Changes()
                .addAll(customFields.applyBySequenceNumber(
                        OwnerKind.CI, ci.getId(), layoutOf(ci), sequenceNumber, value, caller.userName()));
        ci.getAudit().touch(caller.userName());
        audit.record(caller, ObjectKind.CI, id, AuditAction.UPDATED, changes);
        return ci;
    }

    /** The clients, enterprises and tickets the CI is linked to, counted in the database. */
    public CiCounts counts(UUID ciId) {
        long clients = em.createQuery(
                        "select count(c) from ConfigurationItem ci join ci.clients c where ci.id = :id", Long.class)
                .setParameter("id", ciId)
                .getSingleResult();
        long enterprises = em.createQuery(
                        "select count(e) from ConfigurationItem ci join ci.enterprises e where ci.id = :id", Long.class)
                .setParameter("id", ciId)
                .getSingleResult();
        long tickets = em.createQuery("select count(t) from Ticket t join t.cis ci where ci.id = :id", Long.class)
                .setParameter("id", ciId)
                .getSingleResult();
        return new CiCounts(clients, enterprises, tickets);
    }

    /** The relations read from this CI to others, oldest first, with the other CI and the type loaded. */
    public List<CiRelation> relationsFrom(UUID ciId) {
        return em.createQuery(
                        "select r from CiRelation r join fetch r.to join fetch r.relationType"
                                + " where r.from.id = :id order by r.createdOn, r.id",
                        CiRelation.class)
                .setParameter("id", ciId)
                .getResultList();
    }

    /** The relations read from other CIs to this one, oldest first, with the other CI and the type loaded. */
    public List<CiRelation> relationsTo(UUID ciId) {
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
        ConfigurationItem from = find(caller, fromId);
        if (toId == null) {
            throw new ValidationException("ToCIId", "error.required", "ToCIId: a value is required", "ToCIId");
        }
        ConfigurationItem to;
        try {
            to = find(caller, toId);
        } catch (NotFoundException e) {
            throw new ValidationException(
                    "ToCIId", "error.unknownReference", "ToCIId: no CI has the id " + toId, "ToCIId", toId);
        }
        if (from.getId().equals(to.getId())) {
            throw new ValidationException(
                    "ToCIId", "error.ci.relatedToItself", "ToCIId: a CI cannot be related to itself");
        }
        org.c2desk.platform.LookupValue type = reference(
                org.c2desk.platform.LookupValue.class, required(relationTypeId, "RelationTypeId"), "RelationTypeId");
        if (!type.is(org.c2desk.platform.LookupKind.CI_RELATION)) {
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
        flush();
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
        ConfigurationItem ci = find(caller, ciId);
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
        flush();
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

    /**
     * Gives the CI an owner (null: none): an active client the caller sees, else refused (field "OwnerId"); audited
     * as the field OwnerId.
     */
    public ConfigurationItem changeOwner(Caller caller, UUID ciId, UUID clientId) {
        caller.require(Permission.CI_EDIT);
        ConfigurationItem ci = find(caller, ciId);
        Map<String, String> before = ci.auditValues();
        ci.setOwner(clientId == null ? null : activeClient(caller, clientId, "OwnerId"));
        ci.getAudit().touch(caller.userName());
        flush();
        audit.record(caller, ObjectKind.CI, ciId, AuditAction.UPDATED, new Changes().between(before, ci.auditValues()));
        return ci;
    }

    /** Adds a client to the CI's users: an active client the caller sees (field "ClientId"); audited as "Clients". */
    public ConfigurationItem addClient(Caller caller, UUID ciId, UUID clientId) {
        caller.require(Permission.CI_EDIT);
        ConfigurationItem ci = find(caller, ciId);
        Client client = activeClient(caller, clientId, "ClientId");
        String before = clientNames(ci);
        ci.getClients().add(client);
        return clientsChanged(caller, ci, before);
    }

    /** Removes a client from the CI's users; audited as "Clients". */
    public ConfigurationItem removeClient(Caller caller, UUID ciId, UUID clientId) {
        caller.require(Permission.CI_EDIT);
        ConfigurationItem ci = find(caller, ciId);
        String before = clientNames(ci);
        if (!ci.getClients().removeIf(c -> c.getId().equals(clientId))) {
            throw new ValidationException(
                    "ClientId",
                    "error.unknownReference",
                    "ClientId: the CI has no client with the id " + clientId,
                    "ClientId");
        }
        return clientsChanged(caller, ci, before);
    }

    private ConfigurationItem clientsChanged(Caller caller, ConfigurationItem ci, String before) {
        ci.getAudit().touch(caller.userName());
        flush();
        audit.record(
                caller,
                ObjectKind.CI,
                ci.getId(),
                AuditAction.UPDATED,
                new Changes().add("Clients", before, clientNames(ci)));
        return ci;
    }

    private static String clientNames(ConfigurationItem ci) {
        return ci.getClients().stream()
                .map(c -> c.getFullName() + " (" + c.getId() + ")")
                .sorted()
                .collect(java.util.stream.Collectors.joining(", "));
    }

    /** A client the caller may see and that is active, or a refusal naming {@code field}. */
    private Client activeClient(Caller caller, UUID id, String field) {
        Client client = id == null ? null : em.find(Client.class, id);
        if (client == null
                || !(caller.administrator()
                        || caller.enterpriseIds().isEmpty()
                        || client.getEnterprises().stream()
                                .anyMatch(m ->
                                        caller.seesEnterprise(m.getEnterprise().getId())))) {
            throw new ValidationException(
                    field,
                    id == null ? "error.required" : "error.unknownReference",
                    field + ": no client has the id " + id,
                    field);
        }
        if (!client.isActive()) {
            throw new ValidationException(
                    field,
                    "error.cmdb.inactiveClient",
                    field + ": the client " + client.getFullName() + " is inactive",
                    client.getFullName());
        }
        return client;
    }

    /** The CIs a client uses (ci_client), by CI number, at most {@code limit}. */
    public List<ConfigurationItem> usedBy(UUID clientId, int limit) {
        return em.createQuery(
                        "select ci from ConfigurationItem ci join ci.clients c where c.id = :id"
                                + " order by ci.ciNumber",
                        ConfigurationItem.class)
                .setParameter("id", clientId)
                .setMaxResults(limit)
                .getResultList();
    }

    /**
     * The tickets a CI is linked to that the caller may see (their enterprise is one the caller sees), newest first,
     * at most {@code limit}: id, number and summary.
     */
    public List<Object[]> ticketsOf(Caller caller, UUID ciId, int limit) {
        return em
                .createQuery(
                        "select t.id, t.sequenceNumber, t.summary, t.enterprise.id from Ticket t join t.cis ci"
                                + " where ci.id = :id order by t.sequenceNumber desc",
                        Object[].class)
                .setParameter("id", ciId)
                .setMaxResults(limit)
                .getResultList()
                .stream()
                .filter(row -> caller.seesEnterprise((UUID) row[3]))
                .toList();
    }

    /** The relation types (CI_RELATION lookup values) in their order. */
    public List<org.c2desk.platform.LookupValue> relationTypes() {
        return em.createQuery(
                        "select v from LookupValue v where v.kind = :kind order by v.sortOrder, v.code",
                        org.c2desk.platform.LookupValue.class)
                .setParameter("kind", org.c2desk.platform.LookupKind.CI_RELATION)
                .getResultList();
    }

    /** The CMDB's folders, categories, types and states, for forms and filters (small tables). */
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

    /** The files attached to the CI, oldest first. */
    public List<Attachment> attachmentsOf(UUID ciId) {
        return em.createQuery(
                        "select a from Attachment a where a.ownerKind = :kind and a.ownerId = :id"
                                + " order by a.createdOn, a.fileName",
                        Attachment.class)
                .setParameter("kind", OwnerKind.CI)
                .setParameter("id", ciId)
                .getResultList();
    }

    /**
     * The language a CI's names are shown in (type, relation types, state message): its enterprises' language when
     * they share one, else the language of the caller's own enterprise. The documentation's CIs belong to no
     * enterprise and show their type in the language of the desk's enterprise (fr-CA: "Inventaire").
     */
    public Locale languageOf(Caller caller, ConfigurationItem ci) {
        Set<Culture> cultures = new HashSet<>(em.createQuery(
                        "select e.defaultCulture from ConfigurationItem ci join ci.enterprises e where ci.id = :id",
                        Culture.class)
                .setParameter("id", ci.getId())
                .getResultList());
        if (cultures.size() == 1) {
            return cultures.iterator().next().locale();
        }
        Resource resource = caller.resourceId() == null ? null : em.find(Resource.class, caller.resourceId());
        if (resource != null && resource.getEnterprise() != null) {
            return resource.getEnterprise().getDefaultCulture().locale();
        }
        return caller.culture() == null ? Locale.ENGLISH : caller.culture().locale();
    }

    // Checks shared by create and UpdateProperty -------------------------------------------------------------------

    /** The entity with that id, or a refusal naming the field that held the id. */
    <T> T reference(Class<T> type, UUID id, String field) {
        T found = id == null ? null : em.find(type, id);
        if (found == null) {
            throw new ValidationException(
                    field,
                    "error.unknownReference",
                    field + ": no " + type.getSimpleName() + " has the id " + id,
                    field,
                    id);
        }
        return found;
    }

    private static UUID required(UUID id, String field) {
        if (id == null) {
            throw new ValidationException(field, "error.required", field + " is required");
        }
        return id;
    }

    /** A type that belongs to a category may only be given to CIs of that category. */
    static void checkTypeFitsCategory(CiType type, CiCategory category, String field) {
        if (type != null
                && type.getCategory() != null
                && category != null
                && !type.getCategory().getId().equals(category.getId())) {
            throw new ValidationException(
                    field,
                    "error.ci.typeNotInCategory",
                    field + ": the CI type "
                            + type.getName().english() + " (" + type.getId() + ") belongs to the category "
                            + type.getCategory().getName().english() + ", not to "
                            + category.getName().english() + " ("
                            + category.getId() + ")",
                    type.getId(),
                    category.getId());
        }
    }

    static String name(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new ValidationException(field, "error.required", field + " is required");
        }
        String name = value.strip();
        if (name.length() > ConfigurationItem.NAME_LENGTH) {
            throw tooLong(field, ConfigurationItem.NAME_LENGTH);
        }
        return name;
    }

    static String description(String value, String field) {
        String description = value == null ? "" : value;
        if (description.length() > ConfigurationItem.DESCRIPTION_LENGTH) {
            throw tooLong(field, ConfigurationItem.DESCRIPTION_LENGTH);
        }
        return description;
    }

    static String tags(String value) {
        String tags = value == null ? "" : value.strip();
        if (tags.length() > ConfigurationItem.TAGS_LENGTH) {
            throw tooLong("Tags", ConfigurationItem.TAGS_LENGTH);
        }
        return tags;
    }

    /** The trimmed external id, null when blank; refused when longer than the column or held by another CI. */
    String externalId(String value, UUID ciId) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String externalId = value.strip();
        if (externalId.length() > ConfigurationItem.EXTERNAL_ID_LENGTH) {
            throw tooLong("ExternalId", ConfigurationItem.EXTERNAL_ID_LENGTH);
        }
        List<UUID> holders = em.createQuery(
                        "select c.id from ConfigurationItem c where c.externalId = :externalId", UUID.class)
                .setParameter("externalId", externalId)
                .getResultList();
        if (holders.stream().anyMatch(holder -> !holder.equals(ciId))) {
            throw duplicateExternalId(externalId);
        }
        return externalId;
    }

    private static ValidationException duplicateExternalId(String externalId) {
        return new ValidationException(
                "ExternalId",
                "error.ci.duplicateExternalId",
                "ExternalId: another CI already has the external id " + externalId,
                externalId);
    }

    private static ValidationException tooLong(String field, int max) {
        return new ValidationException(field, "error.tooLong", field + ": at most " + max + " characters", field, max);
    }

    /**
     * Writes pending changes now, so that a CI taking an external id another transaction has just given (after the
     * check above) is refused as a duplicate rather than failing at commit.
     */
    private void flush() {
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (violates(e, EXTERNAL_ID_INDEX)) {
                throw new ValidationException(
                        "ExternalId",
                        "error.ci.duplicateExternalId",
                        "ExternalId: another CI already has this external id");
            }
            throw e;
        }
    }

    private static boolean violates(Throwable e, String constraint) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql
                    && "23505".equals(sql.getSQLState())
                    && String.valueOf(sql.getMessage()).contains(constraint)) {
                return true;
            }
        }
        return false;
    }
}
