package org.c2desk.ear.support;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What every browser test shares: the application deployed as it ships, called from outside at {@link #base}, and
 * Debian's Chromium with its driver required (a missing browser fails the suite instead of skipping it).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class BrowserIT {

    @Deployment(testable = false)
    public static EnterpriseArchive deployment() {
        return Deployments.plain();
    }

    /** The application's address, e.g. http://localhost:8080/. */
    @ArquillianResource
    protected URL base;

    @BeforeAll
    static void chromiumIsInstalled() {
        assertTrue(
                Browser.available(),
                "Browser tests need Debian's chromium and chromium-driver (.ci/run installs them)");
    }
}
