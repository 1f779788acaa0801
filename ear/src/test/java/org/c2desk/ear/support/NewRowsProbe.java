package org.c2desk.ear.support;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.c2desk.audit.Actor;
import org.c2desk.audit.AuditAction;
import org.c2desk.audit.AuditLog;
import org.c2desk.audit.Changes;
import org.c2desk.audit.ObjectKind;
import org.c2desk.catalog.RequestForm;
import org.c2desk.catalog.TaskTemplate;
import org.c2desk.client.Client;
import org.c2desk.customfield.FieldDefinition;
import org.c2desk.customfield.FieldSection;
import org.c2desk.customfield.FieldValue;
import org.c2desk.customfield.OwnerKind;
import org.c2desk.enterprise.Enterprise;
import org.c2desk.platform.LookupKind;
import org.c2desk.platform.LookupValue;
import org.c2desk.platform.NewRows;
import org.c2desk.ticket.Queue;
import org.c2desk.ticket.Ticket;
import org.c2desk.ticket.TicketStatus;
import org.c2desk.ticket.TicketType;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.internal.helper.DatabaseField;
import org.eclipse.persistence.internal.sessions.AbstractRecord;
import org.eclipse.persistence.internal.sessions.AbstractSession;
import org.eclipse.persistence.jpa.JpaEntityManager;
import org.eclipse.persistence.mappings.DatabaseMapping;

/**
 * For NewRowsIT: builds a ticket with every column it can hold, its client, assignee, task, custom-field values of
 * each kind and audit entry, writes them with {@link NewRows}, and compares what the JPA mapping reads back, column
 * by column, with what was given. Bean-managed transactions: the write and the reading are separate transactions.
 * Deployed in the EJB module, whose persistence unit it uses.
 */
@Stateless
@TransactionManagement(TransactionManagementType.BEAN)
public class NewRowsProbe {

    static final UUID ENTERPRISE = UUID.fromString("04a1e54f-fbf9-4cd1-93b3-5a7ae9489c46");
    static final UUID SERVICE_REQUEST_TYPE = UUID.fromString("19f57377-94fd-4391-a154-577446131999");
    static final UUID NEW_STATUS = UUID.fromString("1d0b2a8d-0c81-4553-9ac8-7adb1fcca5d0");
    static final UUID REQUEST = UUID.fromString("3e2eee86-2dd5-4465-b8f9-7df2ecd6c297");
    static final UUID CLIENT = UUID.fromString("b9498fa8-9629-49c4-b09d-9dc2d2216675");

    @PersistenceContext
    EntityManager em;

    @Resource
    UserTransaction transaction;

    @Inject
    AuditLog audit;

    /** What one write gave and what was read back: the differences, and how many rows and columns were compared. */
    public record Comparison(List<String> differences, int rows, int columns, UUID ticketId) {}

    public Comparison writeAndReadBack() throws Exception {
        List<Object> given = committed(() -> {
            List<Object> rows = fullTicket("NewRows probe " + UUID.randomUUID(), true);
            new NewRows().addAll(rows).insert(em);
            return rows;
        });
        return rolledBack(() -> {
            List<String> differences = new ArrayList<>();
            int columns = 0;
            for (Object entity : given) {
                Object read = em.find(entity.getClass(), id(entity));
                if (read == null) {
                    differences.add(entity.getClass().getSimpleName() + " " + id(entity) + ": not found");
                    continue;
                }
                Map<String, Object> expected = row(entity);
                Map<String, Object> actual = row(read);
                columns += expected.size();
                for (String column : expected.keySet()) {
                    if (!Objects.equals(expected.get(column), actual.get(column))) {
                        differences.add(entity.getClass().getSimpleName() + "." + column + ": wrote "
                                + expected.get(column) + ", read " + actual.get(column));
                    }
                }
            }
            return new Comparison(differences, given.size(), columns, ((Ticket) given.get(0)).getId());
        });
    }

    /**
     * The same ticket content written twice, once by the persistence context and once by NewRows: the two rows as
     * PostgreSQL holds them ({@code to_jsonb}), minus the columns that differ by nature (id, number, times).
     */
    public List<String> rowsAsJpaAndNewRowsWriteThem() throws Exception {
        List<UUID> ids = committed(() -> {
            String summary = "NewRows vs JPA " + UUID.randomUUID();
            Ticket byJpa = (Ticket) fullTicket(summary, false).get(0);
            em.persist(byJpa);
            em.flush();
            Ticket byNewRows = (Ticket) fullTicket(summary, false).get(0);
            new NewRows().add(byNewRows).insert(em);
            return List.of(byJpa.getId(), byNewRows.getId());
        });
        return rolledBack(() -> {
            List<String> rows = new ArrayList<>();
            for (UUID id : ids) {
                rows.add((String) em.createNativeQuery("select (to_jsonb(t) - 'id' - 'sequence_number' - 'created_on'"
                                + " - 'last_modified_on' - 'response_date' - 'survey_completed_on')::text from ticket t"
                                + " where id = ?")
                        .setParameter(1, id)
                        .getSingleResult());
            }
            return rows;
        });
    }

    /**
     * Writes a ticket (summary {@code summary}) whose client row was not added, or (not {@code leaveClientOut}) with a
     * second client that does not exist in the database.
     */
    public void writeBroken(String summary, boolean leaveClientOut) throws Exception {
        committed(() -> {
            List<Object> rows = fullTicket(summary, true);
            if (leaveClientOut) {
                rows.removeIf(row -> row instanceof org.c2desk.ticket.TicketClient);
            } else {
                Ticket ticket = (Ticket) rows.get(0);
                ticket.addClient(new Client(0, "Nobody", "Nowhere", "probe"), false);
                rows.add(ticket.getClients().get(ticket.getClients().size() - 1));
            }
            new NewRows().addAll(rows).insert(em);
            return null;
        });
    }

    public long countTickets(String summaryPrefix) throws Exception {
        return rolledBack(() -> ((Number) em.createNativeQuery("select count(*) from ticket where summary like ?")
                        .setParameter(1, summaryPrefix + "%")
                        .getSingleResult())
                .longValue());
    }

    /** {@code work} in a transaction of its own, committed if it returns, rolled back if it throws. */
    private <T> T committed(Callable<T> work) throws Exception {
        transaction.begin();
        try {
            T result = work.call();
            transaction.commit();
            return result;
        } catch (Exception | Error e) {
            if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
                transaction.rollback();
            }
            throw e;
        }
    }

    /** {@code work} in a transaction of its own that only reads: always rolled back. */
    private <T> T rolledBack(Callable<T> work) throws Exception {
        transaction.begin();
        try {
            return work.call();
        } finally {
            transaction.rollback();
        }
    }

    /**
     * A ticket with a value in every column it can take from outside, then (with {@code children}) its client,
     * assignee, a workflow task, one custom-field value of each kind and its audit entry.
     */
    private List<Object> fullTicket(String summary, boolean children) {
        long number = ((Number) em.createNativeQuery("select nextval('ticket_number_seq')")
                        .getSingleResult())
                .longValue();
        RequestForm request = em.find(RequestForm.class, REQUEST);
        Ticket ticket = new Ticket(
                number,
                em.find(TicketType.class, SERVICE_REQUEST_TYPE),
                em.find(TicketStatus.class, NEW_STATUS),
                em.find(Enterprise.class, ENTERPRISE),
                summary,
                "probe");
        ticket.changeDescription("<p>Été 😀 '; drop table ticket; --</p>", "probe");
        ticket.placeInCatalog(
                request.getService().getCategory().getCatalog(),
                request.getService().getCategory(),
                request.getService(),
                request);
        ticket.setQueue(em.createQuery("select q from Queue q order by q.id", Queue.class)
                .setMaxResults(1)
                .getSingleResult());
        set(LookupKind.ORIGIN, ticket::setOrigin);
        set(LookupKind.PRIORITY, ticket::setPriority);
        set(LookupKind.URGENCY, ticket::setUrgency);
        set(LookupKind.IMPACT, ticket::setImpact);
        set(LookupKind.TICKET_STATE, ticket::setState);
        set(LookupKind.CHANGE_TYPE, ticket::setChangeType);
        set(LookupKind.CLOSING_REASON, ticket::setClosingReason);
        set(LookupKind.RESOLUTION_TYPE, ticket::setResolutionType);
        ticket.setExternalId(children ? "EXT-" + number : null);
        ticket.setDueDate(OffsetDateTime.of(2027, 1, 31, 17, 30, 0, 123_456_000, ZoneOffset.ofHours(-5)));
        ticket.setImplementationDate(OffsetDateTime.of(2027, 2, 1, 8, 0, 0, 0, ZoneOffset.UTC));
        ticket.recordResponse();
        ticket.setTechnicalResolution("Redémarré");
        ticket.setClientResolution("Résolu");
        ticket.setCost(new BigDecimal("1234.50"));
        ticket.setPrice(new BigDecimal("99.99"));
        ticket.recordSurvey(4, "Très bien");
        ticket.setDraft(true);
        List<Object> rows = new ArrayList<>(List.of(ticket));
        if (!children) {
            return rows;
        }
        ticket.addClient(em.find(Client.class, CLIENT), true);
        ticket.assign(
                em.createQuery(
                                "select r from Resource r where r.userName = 'admin'",
                                org.c2desk.security.Resource.class)
                        .getSingleResult(),
                true);
        rows.addAll(ticket.getClients());
        rows.addAll(ticket.getAssignees());
        TaskTemplate template =
                request.getTasks().isEmpty() ? null : request.getTasks().get(0).getTaskTemplate();
        long taskNumber = ((Number) em.createNativeQuery("select nextval('ticket_number_seq')")
                        .getSingleResult())
                .longValue();
        Ticket task = new Ticket(
                taskNumber,
                em.find(TicketType.class, SERVICE_REQUEST_TYPE),
                em.find(TicketStatus.class, NEW_STATUS),
                ticket.getEnterprise(),
                "Tâche",
                "probe");
        task.makeTaskOf(ticket, template, 2, true);
        task.setReady(false);
        rows.add(task);
        List<FieldDefinition> definitions = em.createQuery(
                        "select d from FieldDefinition d order by d.sequenceNumber", FieldDefinition.class)
                .setMaxResults(7)
                .getResultList();
        FieldSection section = em.createQuery(
                        "select s from FieldSection s order by s.sequenceNumber", FieldSection.class)
                .setMaxResults(1)
                .getSingleResult();
        List<Consumer<FieldValue>> kinds = List.of(
                v -> v.assignText("Texte « libre » 😀", "probe"),
                v -> v.assignDecimal(new BigDecimal("123.450000"), "probe"),
                v -> v.assignInteger(42L, "probe"),
                v -> v.assignDatetime(OffsetDateTime.of(2018, 7, 5, 4, 0, 0, 0, ZoneOffset.UTC), "probe"),
                v -> v.assignDate(LocalDate.of(2026, 12, 2), "probe"),
                v -> v.assignBoolean(Boolean.TRUE, "probe"),
                v -> v.assignReference(CLIENT, "probe"));
        for (int i = 0; i < definitions.size(); i++) {
            FieldValue value = new FieldValue(OwnerKind.TICKET, ticket.getId(), definitions.get(i), section, "probe");
            kinds.get(i).accept(value);
            rows.add(value);
        }
        rows.add(audit.entry(
                Actor.system("probe"),
                ObjectKind.TICKET,
                ticket.getId(),
                AuditAction.CREATED,
                new Changes().add("Summary", null, summary)));
        return rows;
    }

    private void set(LookupKind kind, Consumer<LookupValue> setter) {
        setter.accept(
                em.createQuery("select l from LookupValue l where l.kind = :kind order by l.id", LookupValue.class)
                        .setParameter("kind", kind)
                        .setMaxResults(1)
                        .getSingleResult());
    }

    private Object id(Object entity) {
        return em.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(entity);
    }

    /** The row EclipseLink would write for the entity, column by column; times to the microsecond, as stored. */
    private Map<String, Object> row(Object entity) {
        AbstractSession session =
                (AbstractSession) em.unwrap(JpaEntityManager.class).getActiveSession();
        ClassDescriptor descriptor = session.getDescriptor(entity);
        AbstractRecord row = descriptor.getObjectBuilder().buildRow(entity, session, DatabaseMapping.WriteType.INSERT);
        Map<String, Object> columns = new TreeMap<>();
        for (DatabaseField field : row.getFields()) {
            columns.put(field.getName(), normal(row.get(field)));
        }
        return columns;
    }

    private static Object normal(Object value) {
        if (value instanceof OffsetDateTime time) {
            return time.toInstant().plusNanos(500).truncatedTo(ChronoUnit.MICROS); // PostgreSQL rounds
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.stripTrailingZeros();
        }
        if (value instanceof String text && (text.startsWith("[") || text.startsWith("{"))) {
            try (jakarta.json.JsonReader reader = jakarta.json.Json.createReader(new java.io.StringReader(text))) {
                return reader.readValue(); // jsonb keeps no key order nor spacing
            } catch (jakarta.json.JsonException notJson) {
                return text;
            }
        }
        if (value instanceof byte[] bytes) {
            return java.util.HexFormat.of().formatHex(bytes);
        }
        return value;
    }
}
