package org.c2desk.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.c2desk.audit.AuditEntry;
import org.c2desk.audit.AuditLog;
import org.c2desk.enterprise.Enterprise;
import org.c2desk.platform.Culture;
import org.c2desk.platform.ForbiddenException;
import org.c2desk.platform.LocalizedText;
import org.c2desk.platform.SequenceNumbers;
import org.c2desk.platform.ValidationException;
import org.junit.jupiter.api.Test;

/** {@link ResourceService#create}: administrators only, every refusal before anything is written, the audit entry. */
class ResourceServiceTest {

    private final Enterprise desk = new Enterprise(UUID.randomUUID(), 1, "Desk", Culture.FR_CA, "admin");
    private final SecurityGroup agents = new SecurityGroup("RESOURCES", LocalizedText.same("Resources"));
    private final SecurityGroup retired = new SecurityGroup("RETIRED", LocalizedText.same("Retired"));
    private final Map<UUID, Object> rows = new HashMap<>();
    private final List<Object> persisted = new ArrayList<>();
    /** What the user-name query answers: how many resources hold the name already. */
    private long holders;

    private ResourceService service() {
        retired.setActive(false);
        rows.put(desk.getId(), desk);
        rows.put(agents.getId(), agents);
        rows.put(retired.getId(), retired);
        ResourceService service = new ResourceService();
        service.em = (EntityManager) Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {EntityManager.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "find" -> ((Class<?>) args[0]).isInstance(rows.get(args[1])) ? rows.get(args[1]) : null;
                    case "persist" -> persisted.add(args[0]) ? null : null;
                    case "flush" -> null;
                    case "createQuery" ->
                        Proxy.newProxyInstance(
                                getClass().getClassLoader(),
                                new Class<?>[] {TypedQuery.class},
                                (query, m, a) -> switch (m.getName()) {
                                    case "setParameter" -> query;
                                    case "getSingleResult" -> holders;
                                    default ->
                                        throw new AssertionError("the service used Query." + m.getName()
                                                + ", which this fake does not answer");
                                });
                    default ->
                        throw new AssertionError("the service used EntityManager." + method.getName()
                                + ", which this fake does not answer");
                });
        service.audit = AuditLog.writingTo(service.em);
        service.sequenceNumbers = new SequenceNumbers() {
            @Override
            public long next(Kind kind) {
                return 42;
            }
        };
        service.hasher = new PasswordHasher() {
            @Override
            public String hash(char[] password) {
                return "hashed:" + password.length;
            }
        };
        service.callers = callers;
        return service;
    }

    private final CallerCache callers = new CallerCache();

    private static Caller caller(boolean administrator) {
        return new Caller(
                UUID.randomUUID(), "admin", "Admin", Culture.EN_US, administrator, Set.of(), Set.of(), Set.of());
    }

    private ResourceDetails details(String userName, String password, UUID... groups) {
        return new ResourceDetails(
                userName, "Ada", "Lovelace", "ada@example.org", desk.getId(), null, true, List.of(groups), password);
    }

    @Test
    void anAdministratorCreatesAResourceWithItsGroupsAHashedPasswordAndAnAuditEntry() {
        Resource created = service().create(caller(true), details(" ada ", "long enough", agents.getId()));
        assertEquals("ada", created.getUserName());
        assertEquals(Culture.FR_CA, created.getPreferredCulture(), "no language chosen: the enterprise's");
        assertEquals("hashed:11", created.getPasswordHash());
        assertTrue(agents.hasMember(created));
        AuditEntry entry = (AuditEntry) persisted.get(1);
        assertEquals(created.getId(), entry.getObjectId());
        assertTrue(
                entry.getChanges().stream().anyMatch(c -> c.field().equals("Groups") && "RESOURCES".equals(c.after())));
        assertTrue(entry.getChanges().stream().anyMatch(c -> c.field().equals("UserName") && "ada".equals(c.after())));
    }

    @Test
    void aChangeOfResourceForgetsTheCallersThisServerKept() {
        Caller agent = caller(false);
        callers.put(callers.startRead(), new CallerCache.Resolved(agent, CallerCache.stampOf("hash")));
        assertEquals(agent, callers.caller(agent.resourceId()).caller());
        service().create(caller(true), details("grace", "long enough", agents.getId()));
        assertNull(callers.caller(agent.resourceId()), "rights read before the change are read again");
    }

    @Test
    void refusalsNameTheirFieldAndWriteNothing() {
        ResourceService service = service();
        assertThrows(ForbiddenException.class, () -> service.create(caller(false), details("ada", "long enough")));
        assertEquals(
                "password",
                assertThrows(ValidationException.class, () -> service.create(caller(true), details("ada", "short")))
                        .field());
        assertEquals(
                "Groups",
                assertThrows(
                                ValidationException.class,
                                () -> service.create(caller(true), details("ada", "long enough", retired.getId())))
                        .field());
        assertEquals(
                "Groups",
                assertThrows(
                                ValidationException.class,
                                () -> service.create(caller(true), details("ada", "long enough", UUID.randomUUID())))
                        .field());
        assertEquals(
                "UserName",
                assertThrows(ValidationException.class, () -> service.create(caller(true), details(" ", "long enough")))
                        .field());
        holders = 1;
        ValidationException taken = assertThrows(
                ValidationException.class,
                () -> service.create(caller(true), details("AGENT.EN", "long enough", agents.getId())));
        assertEquals("error.resource.userNameTaken", taken.messageKey());
        assertEquals("UserName", taken.field());
        assertTrue(persisted.isEmpty(), "nothing was written");
        assertTrue(agents.getMembers().isEmpty());
    }
}
