package org.c2desk.cmdb;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.time.ZoneId;
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
import org.c2desk.customfield.FieldView;
import org.c2desk.customfield.FilledForm;
import org.c2desk.customfield.FormKind;
import org.c2desk.customfield.OwnerKind;
import org.c2desk.platform.ConcurrentChangeException;
import org.c2desk.platform.Culture;
import org.c2desk.platform.LocalizedText;
import org.c2desk.platform.NotFoundException;
import org.c2desk.platform.References;
import org.c2desk.platform.SequenceNumbers;
import org.c2desk.platform.ValidationException;
import org.c2desk.security.Caller;
import org.c2desk.security.Permission;
import org.c2desk.security.Resource;
import org.c2desk.ticket.Attachment;

/**
 * Creates, finds and changes configuration items (their fields, owner and clients) for every channel (console,
 * APIs). Checks the caller's permission, resolves every reference or refuses with the name of the field that is
 * wrong, and checks every value before anything is written; each call is one transaction. Relations between CIs are
 * {@link CiRelations}'s, the folders, categories, types and states {@link CiReferenceData}'s.
 */
@Stateless
public class CiService {

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

    /**
     * The custom fields of a CI the caller sees (found by {@link #find}), with its values; {@code zone} and {@code
     * locale} as {@link CustomFields#read(OwnerKind, UUID, List, ZoneId, Locale)} takes them.
     */
    public FilledForm formOf(Caller caller, ConfigurationItem ci, ZoneId zone, Locale locale) {
        List<FieldSection> layout = layoutOf(seen(caller, ci));
        return new FilledForm(layout, customFields.read(OwnerKind.CI, ci.getId(), layout, zone, locale));
    }

    /**
     * The custom-field layout of a CI of the type (null: none), for any signed-in resource: the type's sections and
     * the ones every CI shares (only those without a type).
     */
    public List<FieldSection> typeLayout(Caller caller, UUID typeId) {
        Objects.requireNonNull(caller, "caller");
        return customFields.layout(FormKind.CI, typeId);
    }

    /** The custom fields of a CI of the type (null: none) without values, for any signed-in resource. */
    public List<FieldView> blankForm(Caller caller, UUID typeId, ZoneId zone, Locale locale) {
        return customFields.read(OwnerKind.CI, null, typeLayout(caller, typeId), zone, locale);
    }

    private List<FieldSection> layoutOf(ConfigurationItem ci) {
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

    /**
     * A CI the web got from a checked call, checked again in memory (its enterprises are loaded by then), so a read of
     * its parts cannot reach another tenant's CI: "not found" as {@link #find} answers.
     */
    static ConfigurationItem seen(Caller caller, ConfigurationItem ci) {
        if (!sees(caller, ci)) {
            throw new NotFoundException("CI", ci.getId());
        }
        return ci;
    }

    private static boolean sees(Caller caller, ConfigurationItem ci) {
        return caller.administrator()
                || ci.getEnterprises().isEmpty()
                || ci.getEnterprises().stream().anyMatch(e -> caller.seesEnterprise(e.getId()));
    }

    /** Changes the system fields {@code changes} gives, all or none; the C2 API's UpdateProperty changes one. */
    public ConfigurationItem update(Caller caller, UUID id, CiChanges changes) {
        caller.require(Permission.CI_EDIT);
        Objects.requireNonNull(changes, "changes");
        ConfigurationItem ci = find(caller, id);
        Map<String, String> before = ci.auditValues();
        apply(ci, changes, caller.userName());
        ci.getAudit().touch(caller.userName());
        flush();
        audit.record(caller, ObjectKind.CI, id, AuditAction.UPDATED, new Changes().between(before, ci.auditValues()));
        return ci;
    }

    /**
     * Changes the system fields {@code changes} gives and custom fields (keyed by sequence number or definition id)
     * of a CI in one transaction, all or none, provided the CI is still at {@code expectedVersion}; the row is locked
     * while checking. Custom fields are checked against the CI's form after the system fields changed (a new type
     * brings its own sections).
     *
     * @throws ConcurrentChangeException when the CI is no longer at {@code expectedVersion}
     */
    public ConfigurationItem update(
            Caller caller, UUID id, long expectedVersion, CiChanges changes, Map<String, String> customFieldChanges) {
        caller.require(Permission.CI_EDIT);
        Objects.requireNonNull(changes, "changes");
        ConfigurationItem ci = id == null ? null : em.find(ConfigurationItem.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (ci == null || !sees(caller, ci)) {
            throw new NotFoundException("CI", id);
        }
        if (ci.getVersion() != expectedVersion) {
            throw new ConcurrentChangeException("CI", id, expectedVersion, ci.getVersion());
        }
        Map<String, String> before = ci.auditValues();
        apply(ci, changes, caller.userName());
        Changes audited = new Changes().between(before, ci.auditValues());
        if (customFieldChanges != null && !customFieldChanges.isEmpty()) {
            List<FieldSection> layout = layoutOf(ci);
            audited.addAll(customFields.apply(
                    OwnerKind.CI,
                    ci.getId(),
                    layout,
                    CustomFields.byDefinitionId(layout, customFieldChanges, "customFields."),
                    caller.userName(),
                    false));
        }
        ci.getAudit().touch(caller.userName());
        flush();
        audit.record(caller, ObjectKind.CI, id, AuditAction.UPDATED, audited);
        return ci;
    }

    /**
     * Checks each given value and sets it, field after field, so that a check sees the fields set before it (the
     * French name falls back to the English one as changed; a type is checked against the category as changed). A
     * refusal names the field; the transaction then writes nothing.
     */
    void apply(ConfigurationItem ci, CiChanges changes, String by) {
        if (changes.englishName().given()) {
            ci.rename(
                    new LocalizedText(
                            name(changes.englishName().value(), "EnglishName"),
                            ci.getName().french()),
                    by);
        }
        if (changes.frenchName().given()) {
            String value = changes.frenchName().value();
            String french = value == null || value.isBlank() ? ci.getName().english() : name(value, "FrenchName");
            ci.rename(new LocalizedText(ci.getName().english(), french), by);
        }
        if (changes.englishDescription().given()) {
            ci.setDescription(new LocalizedText(
                    description(changes.englishDescription().value(), "EnglishDescription"),
                    ci.getDescription().french()));
        }
        if (changes.frenchDescription().given()) {
            ci.setDescription(new LocalizedText(
                    ci.getDescription().english(),
                    description(changes.frenchDescription().value(), "FrenchDescription")));
        }
        if (changes.folderId().given()) {
            ci.moveTo(reference(CiFolder.class, requiredId(changes.folderId().value(), "CIFolderId"), "CIFolderId"));
        }
        if (changes.categoryId().given()) {
            CiCategory category =
                    reference(CiCategory.class, requiredId(changes.categoryId().value(), "CategoryId"), "CategoryId");
            checkTypeFitsCategory(ci.getType(), category, "CategoryId");
            ci.setCategory(category);
        }
        if (changes.typeId().given()) {
            UUID typeId = changes.typeId().value();
            CiType type = typeId == null ? null : reference(CiType.class, typeId, "CITypeId");
            checkTypeFitsCategory(type, ci.getCategory(), "CITypeId");
            ci.setType(type);
        }
        if (changes.stateId().given()) {
            UUID stateId = changes.stateId().value();
            ci.setState(stateId == null ? null : reference(CiState.class, stateId, "StateId"));
        }
        if (changes.ownerId().given()) {
            UUID ownerId = changes.ownerId().value();
            ci.setOwner(ownerId == null ? null : reference(Client.class, ownerId, "OwnerId"));
        }
        if (changes.tags().given()) {
            ci.setTags(tags(changes.tags().value()));
        }
        if (changes.externalId().given()) {
            ci.setExternalId(externalId(changes.externalId().value(), ci.getId()));
        }
        if (changes.active().given()) {
            Boolean active = changes.active().value();
            if (active == null) {
                throw new ValidationException("IsActive", "error.required", "IsActive is required");
            }
            ci.setActive(active);
        }
    }

    /** A folder or a category cannot be cleared. */
    private static UUID requiredId(UUID id, String field) {
        if (id == null) {
            throw new ValidationException(field, "error.required", field + " is required: Value must be a GUID");
        }
        return id;
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

    /** The clients, enterprises and tickets a CI the caller sees is linked to, counted in the database. */
    public CiCounts counts(Caller caller, ConfigurationItem ci) {
        UUID ciId = seen(caller, ci).getId();
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

    /**
     * The CIs a client uses (ci_client), by CI number, at most {@code limit}: of a client the caller found with {@link
     * org.c2desk.client.ClientService#find}, which decided that they see it.
     */
    public List<ConfigurationItem> usedBy(Caller caller, Client client, int limit) {
        Objects.requireNonNull(caller, "caller");
        UUID clientId = client.getId();
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

    /** The files attached to a CI the caller sees, oldest first. */
    public List<Attachment> attachmentsOf(Caller caller, ConfigurationItem ci) {
        UUID ciId = seen(caller, ci).getId();
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
        return References.resolve(em, type, id, field);
    }

    static UUID required(UUID id, String field) {
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

    /**
     * Refuses a caller who may not change this CI, or not see it, before anything else they sent is read: the C2
     * API's UpdateProperty asks first, then parses the property and its value.
     */
    public void requireMayEdit(Caller caller, UUID id) {
        caller.require(Permission.CI_EDIT);
        find(caller, id);
    }
}
