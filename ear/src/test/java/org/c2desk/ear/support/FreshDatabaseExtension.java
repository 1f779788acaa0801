package org.c2desk.ear.support;

import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.arquillian.test.spi.event.suite.BeforeSuite;

/** Empties the test database before Arquillian starts Payara and deploys the application for the suite. */
public class FreshDatabaseExtension implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(Recreator.class);
    }

    public static class Recreator {
        // Runs before the container lifecycle observers of BeforeSuite (higher precedence first).
        public void beforeSuite(@Observes(precedence = 1000) BeforeSuite event) {
            TestDatabase.recreate(TestDatabase.name());
        }
    }
}
