package org.c2desk.customfield;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.c2desk.audit.FieldChange;
import org.c2desk.client.Client;
import org.c2desk.platform.ValidationException;
import org.c2desk.security.Caller;
import org.c2desk.security.PortalClient;
import org.c2desk.security.Resource;

/**
 * The custom fields of tickets, clients and CIs: the layout of a form, checking and storing the values sent for it,
 * and reading them back as the C2 API shows them. One mechanism for the three kinds of owner; the caller decides
 * which form applies (a ticket's request form, the client form, a CI's type) and checks permissions.
 *
 * <p>Typical use: {@code var form = customFields.layout(FormKind.REQUEST, requestId);
 * customFields.apply(OwnerKind.TICKET, ticket.getId(), form, values, caller.userName(), true);}
 */
@Stateless
public class CustomFields {

    @PersistenceContext
    EntityManager em;

    private final FieldValueCodec codec = new FieldValueCodec();

    /**
     * The active sections of a form, ordered by sort order, with their rows, cells, definitions and list items
     * loaded (usable once the transaction has ended).
     *
     * <p>The sections shared by every object of the kind (form id null) belong to every form of that kind: with a
     * form id, the answer is the shared sections and that form's own, merged by sort order (then section number);
     * with a null form id, the shared sections only.
     */
    public List<FieldSection> layout(FormKind kind, UUID formId) {
        Objects.requireNonNull(kind, "kind");
        List<FieldSection> sections = em.createNamedQuery(FieldSection.FORM, FieldSection.class)
                .setParameter("kind", kind)
                .setParameter("formId", formId)
                // A layout is reference data: no change pending in this transaction concerns it, so the query need
                // not flush them first (a flush would also end the use of the shared cache for this transaction).
                .setFlushMode(FlushModeType.COMMIT)
                .getResultList();
        for (FieldSection section : sections) {
            initialize(section.getVisibleIfDefinition());
            for (FieldRow row : section.getRows()) {
                for (FieldCell cell : row.getCells()) {
                    initialize(cell.getDefinition());
                }
            }
        }
        return sections;
    }

    private static void initialize(FieldDefinition definition) {
        if (definition != null) {
            definition.getName();
            if (definition.getList() != null) {
                definition.getList().getItems().forEach(FieldListItem::getText);
            }
        }
    }

    /**
     * Checks and stores the values sent for a form, all or nothing: every value is checked before any is written.
     *
     * <p>Each entry (definition id, raw value as the API, a form or a CSV file writes it; null or blank clears the
     * field) must name a definition of {@code layout}. The value must fit the definition ({@link FieldValueCodec}),
     * a client or resource it names must exist, a read-only field (the cell's override winning) may change only
     * while {@code creating}, and a field flagged read-only-if-has-value may not change once it has a value. When
     * {@code creating}, every required field of a shown section must end up with a value. Values equal to the ones
     * held are not rewritten.
     *
     * @return the fields whose value changed, with their values before and after (for the audit trail)
     * @throws ValidationException the first refusal, naming the field (its English name)
     */
    public List<FieldChange> apply(
            OwnerKind owner,
            UUID ownerId,
            List<FieldSection> layout,
            Map<UUID, String> rawByDefinitionId,
            String by,
            boolean creating) {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(ownerId, "ownerId");
        Objects.requireNonNull(by, "by");
        return apply(owner, ownerId, layout, rawByDefinitionId, by, creating, storedValues(owner, ownerId), true);
    }

    /**
     * The values of an owner created in the current transaction, which holds none yet: {@link #apply} with
     * {@code creating}, without reading the (absent) stored values. The rows are made, not persisted: the caller
     * writes them with its owner ({@link org.c2desk.platform.NewRows}).
     *
     * @param written receives the rows to write, by definition id, also for {@link #read(List, Map, ZoneId, Locale)}
     * @return the fields that got a value (for the audit trail)
     */
    public List<FieldChange> applyToNew(
            OwnerKind owner,
            UUID ownerId,
            List<FieldSection> layout,
            Map<UUID, String> rawByDefinitionId,
            String by,
            Map<UUID, FieldValue> written) {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(ownerId, "ownerId");
        Objects.requireNonNull(by, "by");
        return apply(owner, ownerId, layout, rawByDefinitionId, by, true, written, false);
    }

    /**
     * {@link #apply}, given the owner's stored rows by definition id; a row it creates is added to {@code rows}, and
     * persisted if {@code persistNew}.
     */
    private List<FieldChange> apply(
            OwnerKind owner,
            UUID ownerId,
            List<FieldSection> layout,
            Map<UUID, String> rawByDefinitionId,
            String by,
            boolean creating,
            Map<UUID, FieldValue> rows,
            boolean persistNew) {
        Map<UUID, TypedValue> current = new HashMap<>();
        rows.forEach((definitionId, row) -> current.put(definitionId, TypedValue.of(row)));

        List<FieldChanges.Change> changes = FieldChanges.plan(
                layout,
                rawByDefinitionId,
                current,
                creating,
                codec,
                new FieldChanges.References(
                        id -> em.find(Client.class, id) != null, id -> em.find(Resource.class, id) != null));

        List<FieldChange> audited = new ArrayList<>();
        for (FieldChanges.Change change : changes) {
            if (change.changed()) {
                FieldDefinition definition = change.definition();
                audited.add(new FieldChange(
                        FieldChange.customField(definition.getSequenceNumber()),
                        definition.getName().english(),
                        codec.format(definition, current.get(definition.getId())),
                        codec.format(definition, change.value())));
            }
            UUID definitionId = change.definition().getId();
            UUID sectionId = change.section().getId();
            FieldValue row = rows.get(definitionId);
            // Encrypted definitions are stored like the others for now: encryption at rest (encrypted_value) comes
            // with the security issue.
            if (row == null) {
                if (change.value() != null) {
                    row = new FieldValue(
                            owner,
                            ownerId,
                            em.getReference(FieldDefinition.class, definitionId),
                            em.getReference(FieldSection.class, sectionId),
                            by);
                    change.value().applyTo(row, by);
                    if (persistNew) {
                        em.persist(row);
                    }
                    rows.put(definitionId, row);
                }
                continue;
            }
            if (change.changed()) {
                TypedValue.apply(change.value(), row, by);
            }
            if (row.getSection() == null || !row.getSection().getId().equals(sectionId)) {
                row.setSection(em.getReference(FieldSection.class, sectionId));
            }
        }
        return audited;
    }

    /**
     * Sets one field named by its definition's sequence number, as the UpdateProperty APIs do
     * ({@code CustomFieldSequenceNumber}); the rules of {@link #apply} hold (not creating).
     *
     * @return the field if its value changed (see {@link #apply})
     * @throws ValidationException when no field of {@code layout} has that number, or the value is refused
     */
    public List<FieldChange> applyBySequenceNumber(
            OwnerKind owner, UUID ownerId, List<FieldSection> layout, int sequenceNumber, String raw, String by) {
        FieldDefinition definition = FieldChanges.placements(layout).values().stream()
                .map(placement -> placement.cell().getDefinition())
                .filter(d -> d.getSequenceNumber() == sequenceNumber)
                .findFirst()
                .orElseThrow(() -> unknownSequenceNumber(sequenceNumber));
        Map<UUID, String> values = new HashMap<>();
        values.put(definition.getId(), raw);
        return apply(owner, ownerId, layout, values, by, false);
    }

    /**
     * Values keyed as the REST API names custom fields (a definition's sequence number, or its definition id), by
     * definition id. A key that names no field of {@code layout} is refused with the field {@code fieldPrefix + key}.
     */
    public static Map<UUID, String> byDefinitionId(
            List<FieldSection> layout, Map<String, String> valuesByKey, String fieldPrefix) {
        Map<UUID, String> resolved = new java.util.LinkedHashMap<>();
        if (valuesByKey == null || valuesByKey.isEmpty()) {
            return resolved;
        }
        List<FieldDefinition> definitions = FieldChanges.placements(layout).values().stream()
                .map(placement -> placement.cell().getDefinition())
                .toList();
        for (Map.Entry<String, String> entry : valuesByKey.entrySet()) {
            String key = entry.getKey() == null ? "" : entry.getKey().trim();
            FieldDefinition found = null;
            for (FieldDefinition d : definitions) {
                if (key.equals(Long.toString(d.getSequenceNumber()))
                        || key.equalsIgnoreCase(d.getId().toString())) {
                    found = d;
                    break;
                }
            }
            if (found == null) {
                throw new ValidationException(
                        fieldPrefix + key,
                        "error.customField.notOnForm",
                        fieldPrefix + key + ": no custom field of this form has the sequence number or definition id '"
                                + key + "'",
                        key);
            }
            resolved.put(found.getId(), entry.getValue());
        }
        return resolved;
    }

    private ValidationException unknownSequenceNumber(int sequenceNumber) {
        String field = "CustomFieldSequenceNumber";
        List<FieldDefinition> elsewhere = em.createQuery(
                        "select d from FieldDefinition d where d.sequenceNumber = :number", FieldDefinition.class)
                .setParameter("number", (long) sequenceNumber)
                .getResultList();
        if (!elsewhere.isEmpty()) {
            return new ValidationException(
                    field,
                    "error.customField.sequenceNumberNotOnForm",
                    field + ": custom field " + sequenceNumber + " ("
                            + elsewhere.get(0).getName().english() + ") is not part of this form",
                    sequenceNumber);
        }
        return new ValidationException(
                field,
                "error.customField.unknownSequenceNumber",
                field + ": no custom field has the sequence number " + sequenceNumber,
                sequenceNumber);
    }

    /**
     * The active items of a list, in order, as choices (the stored value is the item's value), for a signed-in
     * resource filling a form.
     */
    public List<Choice> choices(Caller caller, UUID listId) {
        Objects.requireNonNull(caller, "caller");
        return choices(listId);
    }

    /** {@link #choices(Caller, UUID)} for a client filling a request's form on the portal. */
    public List<Choice> choices(PortalClient client, UUID listId) {
        Objects.requireNonNull(client, "client");
        return choices(listId);
    }

    private List<Choice> choices(UUID listId) {
        return em
                .createQuery(
                        "select i from FieldListItem i where i.list.id = :list and i.active = true"
                                + " order by i.sortOrder",
                        FieldListItem.class)
                .setParameter("list", listId)
                .getResultList()
                .stream()
                .map(i -> new Choice(i.getValue(), i.getText()))
                .toList();
    }

    /** {@link #read(OwnerKind, UUID, List, ZoneId, Locale)} with date-times shown in UTC and list items in English. */
    public List<FieldView> read(OwnerKind owner, UUID ownerId, List<FieldSection> layout) {
        return read(owner, ownerId, layout, ZoneOffset.UTC, Locale.ENGLISH);
    }

    /**
     * One view per cell of {@code layout}, in layout order (sections, rows, cells), with the owner's value
     * formatted as the C2 API writes it; a field the owner has no value for has a null id and a null value
     * ("False" for a checkbox). {@code zone} is the one DisplayName writes date-times in, {@code locale} the
     * language of list items' DisplayName.
     */
    public List<FieldView> read(OwnerKind owner, UUID ownerId, List<FieldSection> layout, ZoneId zone, Locale locale) {
        return read(layout, ownerId == null ? Map.of() : storedValues(owner, ownerId), zone, locale);
    }

    /**
     * {@link #read(OwnerKind, UUID, List, ZoneId, Locale)} of values already in hand (by definition id), such as
     * those {@link #applyToNew} wrote in this transaction: nothing is read again.
     */
    public List<FieldView> read(List<FieldSection> layout, Map<UUID, FieldValue> rows, ZoneId zone, Locale locale) {
        Map<UUID, String> names = new HashMap<>();
        List<FieldView> views = new ArrayList<>();
        for (FieldSection section : layout) {
            for (FieldRow row : section.getRows()) {
                for (FieldCell cell : row.getCells()) {
                    FieldDefinition d = cell.getDefinition();
                    FieldValue stored = rows.get(d.getId());
                    TypedValue value = TypedValue.of(stored);
                    String display = codec.display(d, value, zone, locale);
                    if (value instanceof TypedValue.Reference reference
                            && (d.getFieldType() == FieldType.CLIENT || d.getFieldType() == FieldType.RESOURCE)) {
                        display = names.computeIfAbsent(reference.id(), id -> personName(d.getFieldType(), id));
                    }
                    views.add(new FieldView(
                            stored == null ? null : stored.getId(),
                            views.size(),
                            cell.getId(),
                            section.getId(),
                            d.getId(),
                            d.getFieldType().code(),
                            d.getSequenceNumber(),
                            d.getName().english(),
                            d.getName().french(),
                            d.getDescription() == null
                                    ? null
                                    : d.getDescription().english(),
                            d.getDescription() == null
                                    ? null
                                    : d.getDescription().french(),
                            FieldValueCodec.compactOptions(d),
                            d.getList() == null ? null : d.getList().getId(),
                            d.getMaxLength(),
                            d.getInputMask(),
                            d.getNbLinesHeight(),
                            cell.isEffectivelyRequired(),
                            cell.isEffectivelyReadOnly(),
                            d.isReadOnlyIfHasValue(),
                            d.isSecured(),
                            d.isEncrypted(),
                            d.hasHtmlSupport(),
                            d.isActive(),
                            cell.isPortalVisible(),
                            codec.format(d, value),
                            display,
                            d.getFieldType() == FieldType.INTEGER ? 0 : FieldValueCodec.decimalPlaces(d)));
                }
            }
        }
        return views;
    }

    /** The client's or resource's full name; null when it no longer exists. */
    private String personName(FieldType type, UUID id) {
        if (type == FieldType.CLIENT) {
            Client client = em.find(Client.class, id);
            return client == null ? null : client.getFullName();
        }
        Resource resource = em.find(Resource.class, id);
        return resource == null ? null : resource.getFullName();
    }

    /** The owner's stored values by definition id. */
    private Map<UUID, FieldValue> storedValues(OwnerKind owner, UUID ownerId) {
        List<Object[]> found = em.createQuery(
                        "select v.definition.id, v from FieldValue v"
                                + " where v.ownerKind = :kind and v.ownerId = :ownerId",
                        Object[].class)
                .setParameter("kind", owner)
                .setParameter("ownerId", ownerId)
                .getResultList();
        Map<UUID, FieldValue> rows = new HashMap<>();
        for (Object[] pair : found) {
            rows.put((UUID) pair[0], (FieldValue) pair[1]);
        }
        return rows;
    }
}
