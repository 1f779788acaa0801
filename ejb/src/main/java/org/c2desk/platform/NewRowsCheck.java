package org.c2desk.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.function.Predicate;
import java.util.logging.Logger;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.jpa.JpaEntityManagerFactory;

/**
 * Refuses to start when an entity {@link NewRows} writes ({@link NewRowsEntity}) has a lifecycle callback or listener
 * that NewRows would skip: its rows would be written without it. Once, when the database is ready.
 */
@ApplicationScoped
public class NewRowsCheck {

    private static final Logger LOG = Logger.getLogger(NewRowsCheck.class.getName());

    @PersistenceUnit
    EntityManagerFactory emf;

    void onDatabaseReady(@Observes DatabaseReady ready) {
        List<String> refused = refusals();
        if (!refused.isEmpty()) {
            throw new IllegalStateException("NewRows would skip the lifecycle callbacks or listeners of "
                    + String.join("; ", refused) + ": write these entities through the persistence context, or move"
                    + " the callback into the service that builds them");
        }
        LOG.info(() -> "NewRows writes " + String.join(", ", written()) + ": none has a lifecycle callback it would"
                + " skip (skipped knowingly: " + String.join(", ", NewRows.KNOWN_SKIPPED) + ")");
    }

    /** What start-up refuses of the entities marked {@link NewRowsEntity}, as "Entity: callbacks"; empty when none. */
    public List<String> refusals() {
        return NewRows.refusals(descriptors(type -> type.isAnnotationPresent(NewRowsEntity.class)));
    }

    /** What it would refuse of these entities, were they marked (for the in-container test of the check itself). */
    public List<String> refusalsOf(Class<?>... entities) {
        return NewRows.refusals(descriptors(Arrays.asList(entities)::contains));
    }

    /** The entities marked {@link NewRowsEntity}, by simple name. */
    public List<String> written() {
        return descriptors(type -> type.isAnnotationPresent(NewRowsEntity.class)).stream()
                .map(d -> d.getJavaClass().getSimpleName())
                .sorted()
                .toList();
    }

    private Collection<ClassDescriptor> descriptors(Predicate<Class<?>> wanted) {
        return emf.unwrap(JpaEntityManagerFactory.class).getDatabaseSession().getDescriptors().values().stream()
                .filter(d -> d.getJavaClass() != null && wanted.test(d.getJavaClass()))
                .toList();
    }
}
