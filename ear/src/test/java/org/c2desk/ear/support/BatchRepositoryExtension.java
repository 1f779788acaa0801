package org.c2desk.ear.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.arquillian.test.spi.event.suite.BeforeSuite;

/**
 * Configures the suite's Payara domain as server-config/run.sh configures a production one for Jakarta Batch: the job
 * repository in the test database (server-config/40-batch.asadmin: the pool jdbc/c2deskBatch, schema "batch"), so
 * the import tests run their jobs against it rather than Payara's embedded H2.
 *
 * <ul>
 * <li>before the server starts: the PostgreSQL driver into the domain's lib/ (a server-level pool needs it there;
 * the application brings its own copy for its own datasource);</li>
 * <li>then the asadmin script, in the domain started for it and stopped again, unless the domain already has the
 * resource (a domain kept from an earlier run). The pool reads the database's address from the server's environment
 * (C2DESK_DB_URL... set by failsafe), so a kept domain follows the test database.</li>
 * </ul>
 */
public class BatchRepositoryExtension implements LoadableExtension {

    static final String RESOURCE = "jdbc/c2deskBatch";

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(Configurer.class);
    }

    public static class Configurer {

        public void driverBeforeStart(@Observes(precedence = 900) BeforeSuite event) throws IOException {
            Path lib = domainDir().resolve("lib");
            try (DirectoryStream<Path> drivers = Files.newDirectoryStream(lib, "postgresql-*.jar")) {
                if (drivers.iterator().hasNext()) {
                    return;
                }
            }
            Path driver;
            try {
                driver = Path.of(org.postgresql.Driver.class
                        .getProtectionDomain()
                        .getCodeSource()
                        .getLocation()
                        .toURI());
            } catch (java.net.URISyntaxException e) {
                throw new IllegalStateException("Cannot locate the PostgreSQL driver's jar", e);
            }
            Files.copy(driver, lib.resolve(driver.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }

        /**
         * The managed container starts the server only when it deploys, so there is no moment between its start and
         * the deployment: the domain is started, configured and stopped here once, before the suite (a domain that has
         * the resource already is left as it is).
         */
        public void repositoryBeforeSuite(@Observes(precedence = 800) BeforeSuite event)
                throws IOException, InterruptedException {
            String config =
                    Files.readString(domainDir().resolve("config").resolve("domain.xml"), StandardCharsets.UTF_8);
            if (config.contains("jndi-name=\"" + RESOURCE + "\"")) {
                return;
            }
            String domain = domainDir().getFileName().toString();
            String started = asadmin(List.of("start-domain", domain));
            try {
                if (!started.contains("executed successfully")) {
                    throw new IllegalStateException(
                            "Cannot start the domain " + domain + " to configure it:\n" + started);
                }
                Path script =
                        Path.of(System.getProperty("c2desk.server-config", "../server-config"), "40-batch.asadmin");
                String out = asadmin(List.of(
                        "--port",
                        System.getProperty("it.admin.port", "4848"),
                        "multimode",
                        "--file",
                        script.toAbsolutePath().toString()));
                if (!out.contains("Command multimode executed successfully")
                        || out.matches("(?s).*Command \\S+ failed.*")) {
                    throw new IllegalStateException(
                            "Configuring the batch job repository with " + script + " failed:\n" + out);
                }
            } finally {
                asadmin(List.of("stop-domain", domain));
            }
        }

        private static String asadmin(List<String> command) throws IOException, InterruptedException {
            Path asadmin = Path.of(System.getProperty("payara.home"), "bin", "asadmin");
            List<String> line = new java.util.ArrayList<>(List.of("bash", asadmin.toString(), "--interactive=false"));
            line.addAll(command);
            Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
            process.getOutputStream().close();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("asadmin " + command + " did not end");
            }
            return out;
        }

        private static Path domainDir() {
            return Path.of(
                    System.getProperty("payara.home"),
                    "glassfish",
                    "domains",
                    System.getProperty("it.domain", "domain1"));
        }
    }
}
