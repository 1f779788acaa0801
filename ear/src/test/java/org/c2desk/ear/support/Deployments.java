package org.c2desk.ear.support;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The deployment every in-container test uses: the EAR the build just produced, as it ships. */
public final class Deployments {

    private Deployments() {}

    /** The EAR exactly as it ships, for tests that call it from outside. */
    public static EnterpriseArchive plain() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, earFile());
    }

    /**
     * The EAR, with the test class and its helpers added to the web module: for an EAR, Arquillian cannot guess which
     * module should hold the test, so the deployment says it.
     */
    public static EnterpriseArchive application(Class<?> testClass, Class<?>... testSupport) {
        EnterpriseArchive archive = plain();
        archive.getAsType(WebArchive.class, "c2desk-web.war")
                .addClass(testClass)
                .addClasses(testSupport)
                .addClass(TestDatabase.class);
        return archive;
    }

    /**
     * {@link #application}, with {@code ejbSupport} added to the EJB module instead: for helpers that need what only
     * that module sees, such as its persistence unit.
     */
    public static EnterpriseArchive withEjbSupport(Class<?> testClass, Class<?>... ejbSupport) {
        EnterpriseArchive archive = application(testClass);
        archive.getAsType(JavaArchive.class, "c2desk-ejb.jar").addClasses(ejbSupport);
        return archive;
    }

    private static File earFile() {
        File ear = new File(System.getProperty("ear.file", "target/c2desk.ear"));
        if (!ear.isFile()) {
            throw new IllegalStateException("The EAR " + ear.getAbsolutePath() + " was not built: run mvn verify");
        }
        return ear;
    }
}
