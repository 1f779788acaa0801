package org.c2desk.platform;

import static java.util.Map.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.ejb.Singleton;
import jakarta.ejb.Stateless;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.c2desk.security.Caller;
import org.c2desk.security.PortalClient;
import org.junit.jupiter.api.Test;

/**
 * Every public method of a {@code @Stateless} or {@code @Singleton} bean of the EJB jar takes who is asking first
 * ({@link Caller}, or the portal's {@link PortalClient}), so that the service decides what they may see and do: a new
 * method that forgets it fails here. Found by reflection over the compiled classes.
 */
class ServicesTakeTheirCallerTest {

    /** Methods that take no caller on purpose ("Bean.method", "Bean.*" for every method of the bean): why. */
    static final Map<String, String> DELIBERATE = Map.ofEntries(
            entry("SequenceNumbers.*", "numbers for the rows a checked service call is writing"),
            entry("MailOutbox.*", "sends what a checked service call decided to send"),
            entry("StartupBootstrap.*", "start-up itself: no one is asking yet"),
            entry("Settings.*", "the portal's title and welcome, shown before anyone signs in"),
            entry("Authenticator.*", "finds out who is asking"),
            entry("ApiTokens.authenticate", "finds out who is asking, from a token"),
            entry("PasswordResets.*", "for whoever forgot their password: the mailed token is the credential"),
            entry("AuditLog.record", "written by a service in its checked call, as the actor it resolved"),
            entry("AuditLog.entry", "built by a service in its checked call, written with the object (NewRows)"),
            entry("TicketAttachments.store", "stores an attachment for PortalRequests, which checked the client"),
            entry("TicketReferenceData.*", "reference lists for the console's cache shared by every user"),
            entry("ImportProgress.*", "the import job's own bookkeeping, called by the batch runtime"),
            entry("ImportLeases.*", "which server runs an import: JobStarter once it checked, the recovery timer"),
            entry("ImportKinds.checkHeader", "a step of the import job, which runs as the run's starter"),
            entry("ImportKinds.mapper", "a step of the import job, which runs as the run's starter"),
            entry("ImportKinds.write", "a step of the import job, which runs as the run's starter"),
            entry("ClientImportWriter.write", "the import job's chunk writer"),
            entry("CiImportWriter.write", "the import job's chunk writer"),
            entry(
                    "CustomFields.*",
                    "the custom-field engine, a step of the checked calls of TicketService, ClientService, CiService,"
                            + " PortalRequests and the import job, inside their transactions: the web reads forms and"
                            + " values through those services, and list choices with its caller"));

    @Test
    void everyPublicMethodOfAServiceBeanTakesWhoIsAskingFirst() throws Exception {
        List<String> missing = new ArrayList<>();
        for (Class<?> bean : beans()) {
            for (Method method : businessMethods(bean)) {
                Class<?> first = method.getParameterCount() == 0 ? null : method.getParameterTypes()[0];
                if (first != Caller.class && first != PortalClient.class && excused(bean, method) == null) {
                    missing.add(bean.getName() + "." + method.getName()
                            + Arrays.stream(method.getParameterTypes())
                                    .map(Class::getSimpleName)
                                    .collect(Collectors.joining(", ", "(", ")")));
                }
            }
        }
        assertEquals(
                List.of(),
                missing,
                "These public service methods take no Caller (or PortalClient) as their first parameter: add it and"
                        + " decide in the service what the caller may see and do (or, for plumbing that no caller"
                        + " reaches, make it non-public or add it to DELIBERATE with the reason)");
    }

    @Test
    void everyExceptionNamesAMethodThatStillTakesNoCaller() throws Exception {
        List<Class<?>> beans = beans();
        List<String> stale = new ArrayList<>();
        for (String key : new TreeSet<>(DELIBERATE.keySet())) {
            String beanName = key.substring(0, key.indexOf('.'));
            String methodName = key.substring(key.indexOf('.') + 1);
            boolean used = beans.stream()
                    .filter(b -> b.getSimpleName().equals(beanName))
                    .flatMap(b -> businessMethods(b).stream())
                    .filter(m -> methodName.equals("*") || m.getName().equals(methodName))
                    .anyMatch(m -> m.getParameterCount() == 0
                            || m.getParameterTypes()[0] != Caller.class
                                    && m.getParameterTypes()[0] != PortalClient.class);
            if (!used) {
                stale.add(key);
            }
        }
        assertEquals(List.of(), stale, "These exceptions excuse nothing any more: remove them");
    }

    @Test
    void theScanFindsTheServiceBeans() throws Exception {
        List<String> names = beans().stream().map(Class::getSimpleName).toList();
        assertFalse(names.size() < 20, names.toString());
        for (String expected : List.of("ImportRuns", "AuditLog", "ResourceService", "SequenceNumbers")) {
            assertFalse(!names.contains(expected), expected + " not found among " + names);
        }
    }

    private static String excused(Class<?> bean, Method method) {
        String reason = DELIBERATE.get(bean.getSimpleName() + "." + method.getName());
        return reason != null ? reason : DELIBERATE.get(bean.getSimpleName() + ".*");
    }

    /** The public instance methods a bean declares: its business methods (a bean extends no other bean here). */
    private static List<Method> businessMethods(Class<?> bean) {
        return Arrays.stream(bean.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()))
                .filter(m -> !Modifier.isStatic(m.getModifiers()))
                .filter(m -> !m.isSynthetic() && !m.isBridge())
                .toList();
    }

    /** The @Stateless and @Singleton classes of the EJB jar, from its compiled classes. */
    static List<Class<?>> beans() throws IOException, URISyntaxException, ClassNotFoundException {
        Path root = Path.of(
                Caller.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> names;
        try (Stream<Path> files = Files.walk(root)) {
            names = files.map(root::relativize)
                    .map(Path::toString)
                    .filter(p -> p.endsWith(".class") && !p.contains("$"))
                    .map(p -> p.substring(0, p.length() - ".class".length()).replace('/', '.'))
                    .sorted()
                    .toList();
        }
        List<Class<?>> beans = new ArrayList<>();
        ClassLoader loader = ServicesTakeTheirCallerTest.class.getClassLoader();
        for (String name : names) {
            Class<?> type = Class.forName(name, false, loader);
            if (type.isAnnotationPresent(Stateless.class) || type.isAnnotationPresent(Singleton.class)) {
                beans.add(type);
            }
        }
        return beans;
    }
}
