package org.c2desk.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.descriptors.DescriptorEventAdapter;
import org.eclipse.persistence.descriptors.RelationalDescriptor;
import org.eclipse.persistence.internal.jpa.metadata.listeners.BeanValidationListener;
import org.eclipse.persistence.internal.jpa.metadata.listeners.EntityListener;
import org.junit.jupiter.api.Test;

/** What start-up refuses of an entity NewRows writes: every callback or listener it would skip, named. */
class NewRowsCallbacksTest {

    static class Sample {}

    static class SampleListener {
        void persisting(Sample sample) {}
    }

    static class AuditingAdapter extends DescriptorEventAdapter {}

    private static ClassDescriptor descriptor() {
        RelationalDescriptor descriptor = new RelationalDescriptor();
        descriptor.setJavaClass(Sample.class);
        return descriptor;
    }

    @Test
    void anEntityWithoutCallbacksIsAccepted() {
        assertEquals(List.of(), NewRows.refusals(List.of(descriptor())));
    }

    @Test
    void anEntityListenersCallbackIsRefusedByName() throws Exception {
        ClassDescriptor descriptor = descriptor();
        EntityListener<SampleListener> listener = new EntityListener<>(SampleListener.class, Sample.class);
        listener.addEventMethod(
                EntityListener.PRE_PERSIST, SampleListener.class.getDeclaredMethod("persisting", Sample.class));
        descriptor.getEventManager().addEntityListenerEventListener(listener);

        assertEquals(List.of("Sample: @PrePersist SampleListener.persisting"), NewRows.refusals(List.of(descriptor)));
    }

    @Test
    void anEclipseLinkListenerAndAnEventSelectorAreRefused() {
        ClassDescriptor descriptor = descriptor();
        descriptor.getEventManager().addListener(new AuditingAdapter());
        descriptor.getEventManager().setPreInsertSelector("beforeInsert");

        List<String> refusals = NewRows.refusals(List.of(descriptor));

        assertEquals(1, refusals.size(), refusals.toString());
        assertTrue(refusals.get(0).contains(AuditingAdapter.class.getName()), refusals.toString());
        assertTrue(refusals.get(0).contains("PreInsert selector beforeInsert"), refusals.toString());
    }

    @Test
    void beanValidationAtPrePersistIsSkippedKnowinglyButAnyOtherInternalListenerIsNot() {
        ClassDescriptor validated = descriptor();
        validated
                .getEventManager()
                .addInternalListener(
                        new BeanValidationListener(null, new Class<?>[0], new Class<?>[0], new Class<?>[0]));
        assertEquals(
                List.of(BeanValidationListener.class.getName()), NewRows.skippedCallbacks(validated), "it is seen");
        assertEquals(List.of(), NewRows.refusals(List.of(validated)), "and accepted");

        ClassDescriptor other = descriptor();
        other.getEventManager().addInternalListener(new AuditingAdapter());
        assertEquals(List.of("Sample: " + AuditingAdapter.class.getName()), NewRows.refusals(List.of(other)));
    }
}
