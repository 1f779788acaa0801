package org.c2desk.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.util.ArrayList;
import java.util.List;
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
        List<ClassDescriptor> written = new ArrayList<>();
        for (ClassDescriptor descriptor : emf.unwrap(JpaEntityManagerFactory.class)
                .getDatabaseSession()
                .getDescriptors()
                .values()) {
            if (descriptor.getJavaClass() != null
                    && descriptor.getJavaClass().isAnnotationPresent(NewRowsEntity.class)) {
                written.add(descriptor);
            }
        }
        List<String> refused = NewRows.refusals(written);
        if (!refused.isEmpty()) {
            throw new IllegalStateException("NewRows would skip the lifecycle callbacks or listeners of "
                    + String.join("; ", refused) + ": write these entities through the persistence context, or move"
                    + " the callback into the service that builds them");
        }
        LOG.fine(() -> "NewRows writes " + written.size() + " entities, none with a callback it would skip");
    }
}
