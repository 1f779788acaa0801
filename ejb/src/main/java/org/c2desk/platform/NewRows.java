package org.c2desk.platform;

import jakarta.persistence.EntityManager;
import java.lang.reflect.Field;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.Vector;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.descriptors.DescriptorEventListener;
import org.eclipse.persistence.descriptors.DescriptorEventManager;
import org.eclipse.persistence.descriptors.VersionLockingPolicy;
import org.eclipse.persistence.internal.helper.DatabaseField;
import org.eclipse.persistence.internal.jpa.metadata.listeners.EntityListener;
import org.eclipse.persistence.internal.sessions.AbstractRecord;
import org.eclipse.persistence.internal.sessions.AbstractSession;
import org.eclipse.persistence.jpa.JpaEntityManager;
import org.eclipse.persistence.mappings.CollectionMapping;
import org.eclipse.persistence.mappings.DatabaseMapping;

/**
 * New entities written in one round trip on the transaction's connection: one multi-row {@code INSERT} per table,
 * all sent together, instead of the persistence context's commit (a round trip per table, and the change-set
 * machinery around it). The columns and their values are the ones the JPA mapping gives (EclipseLink builds each
 * entity's row, converters included): the mapping stays the only description of the tables.
 *
 * <p>For objects that are created whole in one go, such as a ticket with its clients, assignees, custom-field values,
 * workflow tasks and audit entry. The entities are not managed afterwards: change nothing on them in the same
 * transaction expecting it to be saved. A version column starts at 1, as EclipseLink starts it. Children of a
 * one-to-many relation must be added themselves (they are checked); many-to-many relations must be empty (join-table
 * rows are not written). The tables are written in the order their first entity was added, each statement after the
 * previous one (foreign keys and triggers see the rows before): add parents first. Rows of one table may refer to
 * each other (a ticket and its tasks): PostgreSQL checks foreign keys at the end of the statement.
 *
 * <p>No JPA lifecycle callback or listener runs: an entity written here is marked {@link NewRowsEntity}, and start-up
 * refuses one that has any ({@link NewRowsCheck}), except those in {@link #KNOWN_SKIPPED}.
 *
 * <pre>{@code new NewRows().add(ticket).addAll(ticket.getClients()).add(auditEntry).insert(em);}</pre>
 */
public final class NewRows {

    /** Bound values per {@code INSERT}; PostgreSQL takes at most 65,535. */
    static final int MAX_PARAMETERS = 30_000;

    /**
     * Listeners NewRows skips knowingly, by class: EclipseLink's Bean Validation at pre-persist, which it adds to every
     * entity when a validator is present. The services check what they write before they build the entities, and the
     * columns' limits stand behind them.
     */
    static final Set<String> KNOWN_SKIPPED =
            Set.of("org.eclipse.persistence.internal.jpa.metadata.listeners.BeanValidationListener");

    private static final List<String> SELECTORS =
            List.of("PrePersist", "PreWrite", "PreInsert", "AboutToInsert", "PostInsert", "PostWrite");

    private final List<Object> entities = new ArrayList<>();

    public NewRows add(Object entity) {
        entities.add(Objects.requireNonNull(entity, "entity"));
        return this;
    }

    public NewRows addAll(Collection<?> more) {
        more.forEach(this::add);
        return this;
    }

    /**
     * Writes every entity added, in the caller's transaction, on the connection the persistence context uses for it
     * (so the reads that follow in the same transaction see the rows).
     *
     * @throws IllegalArgumentException for an object that is not an entity of one table, a child left out, or a
     *         many-to-many relation that is not empty
     * @throws jakarta.persistence.PersistenceException when PostgreSQL refuses the rows (nothing is written then)
     */
    public void insert(EntityManager em) {
        if (entities.isEmpty()) {
            return;
        }
        JpaEntityManager jpa = em.unwrap(JpaEntityManager.class);
        AbstractSession session = (AbstractSession) jpa.getActiveSession();
        Map<String, Table> tables = rows(session);
        Connection connection = em.unwrap(Connection.class);
        if (connection == null) {
            throw new IllegalStateException("NewRows writes inside a transaction only");
        }
        try {
            Statement statement = statements(tables);
            try (PreparedStatement insert = connection.prepareStatement(statement.sql())) {
                int index = 1;
                for (Object value : statement.values()) {
                    bind(insert, index++, value);
                }
                insert.execute();
            }
        } catch (SQLException e) {
            throw new jakarta.persistence.PersistenceException(
                    "Could not write the new rows of " + String.join(", ", tables.keySet()) + ": " + e.getMessage(), e);
        }
    }

    /** The rows to write, by table in the order of their first entity. */
    private Map<String, Table> rows(AbstractSession session) {
        Set<Object> added = Collections.newSetFromMap(new IdentityHashMap<>());
        added.addAll(entities);
        Map<String, Table> tables = new LinkedHashMap<>();
        for (Object entity : entities) {
            ClassDescriptor descriptor = session.getDescriptor(entity);
            if (descriptor == null || descriptor.getTables().size() != 1 || descriptor.hasInheritance()) {
                throw new IllegalArgumentException(
                        entity.getClass().getName() + " is not an entity of one table: NewRows cannot write it");
            }
            if (!entity.getClass().isAnnotationPresent(NewRowsEntity.class)) {
                throw new IllegalArgumentException(entity.getClass().getName() + " is not marked @NewRowsEntity:"
                        + " start-up has not checked that it has no lifecycle callback NewRows would skip");
            }
            checkRelations(descriptor, entity, added, session);
            startVersion(descriptor, entity);
            AbstractRecord row =
                    descriptor.getObjectBuilder().buildRow(entity, session, DatabaseMapping.WriteType.INSERT);
            String table = descriptor.getTables().get(0).getQualifiedNameDelimited(session.getPlatform());
            tables.computeIfAbsent(table, name -> new Table(name, columns(row.getFields(), session)))
                    .add(entity, row);
        }
        return tables;
    }

    /**
     * What start-up refuses: for each entity that has them, the lifecycle callbacks and listeners NewRows would skip
     * (other than {@link #KNOWN_SKIPPED}), as "Entity: what". Empty when there are none.
     */
    static List<String> refusals(Collection<ClassDescriptor> descriptors) {
        List<String> refusals = new ArrayList<>();
        for (ClassDescriptor descriptor : descriptors) {
            List<String> skipped = skippedCallbacks(descriptor).stream()
                    .filter(name -> !KNOWN_SKIPPED.contains(name))
                    .toList();
            if (!skipped.isEmpty()) {
                refusals.add(descriptor.getJavaClass().getSimpleName() + ": " + String.join(", ", skipped));
            }
        }
        return refusals;
    }

    /**
     * Every lifecycle callback and listener of an entity that an insert through the persistence context would run:
     * its own callback methods, its entity listeners, default listeners, EclipseLink listeners and event selectors.
     */
    static List<String> skippedCallbacks(ClassDescriptor descriptor) {
        DescriptorEventManager events = descriptor.getEventManager();
        List<String> skipped = new ArrayList<>();
        if (events.hasEntityEventListener()) {
            name(events.getEntityEventListener(), skipped);
        }
        if (events.hasEntityListenerEventListeners()) {
            events.getEntityListenerEventListeners().forEach(l -> name(l, skipped));
        }
        if (events.hasDefaultEventListeners()) {
            events.getDefaultEventListeners().forEach(l -> name(l, skipped));
        }
        events.getEventListeners().forEach(l -> name(l, skipped));
        if (events.hasInternalEventListeners()) {
            List<DescriptorEventListener> internal = internalListeners(events);
            if (internal == null) {
                skipped.add("EclipseLink's internal listeners");
            } else {
                internal.forEach(l -> name(l, skipped));
            }
        }
        for (String selector : SELECTORS) {
            String method = selector(events, selector);
            if (method != null) {
                skipped.add(selector + " selector " + method);
            }
        }
        return skipped;
    }

    /** A JPA callback by its methods ("@PrePersist Listener.method"); any other listener by its class. */
    private static void name(DescriptorEventListener listener, List<String> names) {
        if (listener instanceof EntityListener<?> jpa) {
            jpa.getAllEventMethods()
                    .forEach((event, methods) -> methods.forEach(
                            m -> names.add("@" + event.substring(0, 1).toUpperCase(Locale.ROOT) + event.substring(1)
                                    + " " + m.getDeclaringClass().getSimpleName() + "." + m.getName())));
        } else {
            names.add(listener.getClass().getName());
        }
    }

    /** EclipseLink keeps them in a protected list and tells only whether there are any; null when it cannot be read. */
    private static List<DescriptorEventListener> internalListeners(DescriptorEventManager events) {
        try {
            Field field = DescriptorEventManager.class.getDeclaredField("internalListeners");
            field.setAccessible(true);
            @SuppressWarnings("unchecked")
            List<DescriptorEventListener> listeners = (List<DescriptorEventListener>) field.get(events);
            return listeners == null ? List.of() : listeners;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    private static String selector(DescriptorEventManager events, String name) {
        return switch (name) {
            case "PrePersist" -> events.getPrePersistSelector();
            case "PreWrite" -> events.getPreWriteSelector();
            case "PreInsert" -> events.getPreInsertSelector();
            case "AboutToInsert" -> events.getAboutToInsertSelector();
            case "PostInsert" -> events.getPostInsertSelector();
            case "PostWrite" -> events.getPostWriteSelector();
            default -> throw new IllegalArgumentException(name);
        };
    }

    /** Children of one-to-many relations must be among the rows; many-to-many relations must be empty. */
    private static void checkRelations(
            ClassDescriptor descriptor, Object entity, Set<Object> added, AbstractSession session) {
        for (DatabaseMapping mapping : descriptor.getMappings()) {
            if (!(mapping instanceof CollectionMapping collection)) {
                continue;
            }
            Object value = collection.getRealCollectionAttributeValueFromObject(entity, session);
            Collection<?> children =
                    value instanceof Collection<?> c ? c : value instanceof Map<?, ?> m ? m.values() : List.of();
            if (mapping.isManyToManyMapping() && !children.isEmpty()) {
                throw new IllegalArgumentException(descriptor.getAlias() + "." + mapping.getAttributeName()
                        + ": NewRows writes no join-table rows; it must be empty");
            }
            if (mapping.isOneToManyMapping()) {
                for (Object child : children) {
                    if (!added.contains(child)) {
                        throw new IllegalArgumentException(descriptor.getAlias() + "." + mapping.getAttributeName()
                                + " holds an entity that was not added: add the children too");
                    }
                }
            }
        }
    }

    /** A new entity's version is 1, the first value EclipseLink gives a numeric version. */
    private static void startVersion(ClassDescriptor descriptor, Object entity) {
        if (descriptor.usesOptimisticLocking()
                && descriptor.getOptimisticLockingPolicy() instanceof VersionLockingPolicy policy
                && policy.getVersionMapping() != null) {
            Object current = policy.getVersionMapping().getAttributeValueFromObject(entity);
            if (current == null || (current instanceof Number n && n.longValue() == 0)) {
                policy.getVersionMapping().setAttributeValueInObject(entity, 1L);
            }
        }
    }

    private static List<String> columns(Vector<DatabaseField> fields, AbstractSession session) {
        List<String> names = new ArrayList<>(fields.size());
        for (DatabaseField field : fields) {
            names.add(field.getNameDelimited(session.getPlatform()));
        }
        return names;
    }

    /** Null with no type (PostgreSQL takes the column's), strings untyped too (the datasource's stringtype). */
    private static void bind(PreparedStatement insert, int index, Object value) throws SQLException {
        if (value == null) {
            insert.setNull(index, Types.OTHER);
        } else if (value instanceof String text) {
            insert.setString(index, text);
        } else {
            insert.setObject(index, value);
        }
    }

    /**
     * One {@code INSERT} per table (more for a table over the parameter limit), in the order of the tables, as one
     * string: the driver sends its statements together and PostgreSQL runs them one after the other.
     */
    private static Statement statements(Map<String, Table> tables) {
        List<String> inserts = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        for (Table table : tables.values()) {
            int perStatement = Math.max(1, MAX_PARAMETERS / table.columns().size());
            for (int from = 0; from < table.rows().size(); from += perStatement) {
                inserts.add(table.insert(from, Math.min(table.rows().size(), from + perStatement), values));
            }
        }
        return new Statement(String.join(";\n", inserts), values);
    }

    /** One table's columns and rows. */
    private record Table(String name, List<String> columns, List<List<Object>> rows) {

        Table(String name, List<String> columns) {
            this(name, columns, new ArrayList<>());
        }

        void add(Object entity, AbstractRecord row) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException(entity.getClass().getName() + " gave " + row.size() + " columns for "
                        + name + ", another row gave " + columns.size());
            }
            rows.add(new ArrayList<>(row.getValues()));
        }

        /** {@code insert into t (a, b) values (?, ?), (?, ?)} for rows {@code from} to {@code to}; adds the values. */
        String insert(int from, int to, List<Object> values) {
            String placeholders = "(" + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
            StringBuilder sql = new StringBuilder("insert into ")
                    .append(name)
                    .append(" (")
                    .append(String.join(", ", columns))
                    .append(") values ");
            for (int i = from; i < to; i++) {
                sql.append(i > from ? ", " : "").append(placeholders);
                values.addAll(rows.get(i));
            }
            return sql.toString();
        }
    }

    /** The inserts and the values they bind, in order. */
    private record Statement(String sql, List<Object> values) {}
}
