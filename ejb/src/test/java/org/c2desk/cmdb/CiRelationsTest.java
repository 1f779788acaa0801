package org.c2desk.cmdb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
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
import org.c2desk.enterprise.Enterprise;
import org.c2desk.platform.Culture;
import org.c2desk.platform.ForbiddenException;
import org.c2desk.platform.LocalizedText;
import org.c2desk.platform.LookupKind;
import org.c2desk.platform.LookupValue;
import org.c2desk.platform.NotFoundException;
import org.c2desk.platform.ValidationException;
import org.c2desk.security.Caller;
import org.c2desk.security.Permission;
import org.junit.jupiter.api.Test;

/**
 * {@link CiRelations#relate} and {@link CiRelations#unrelate}, and {@link CiService}'s owner and clients of a CI:
 * permission, visibility and the refusals, over an in-memory stand-in for JPA.
 */
class CiRelationsTest {

    private final CiFolder folder = new CiFolder(null, LocalizedText.same("Inventory"));
    private final CiCategory general = new CiCategory(LocalizedText.same("General"));
    private final ConfigurationItem api =
            new ConfigurationItem(10, 221, folder, general, LocalizedText.same("CI API"), "admin");
    private final ConfigurationItem server =
            new ConfigurationItem(11, 222, folder, general, LocalizedText.same("Server"), "admin");
    private final LookupValue dependsOn =
            new LookupValue(UUID.randomUUID(), LookupKind.CI_RELATION, "DEPENDS_ON", LocalizedText.same("Depends on"));
    private final Map<UUID, Object> rows = new HashMap<>();
    private final List<Object> persisted = new ArrayList<>();
    private long sameRelations;

    /** The beans as the container wires them: the relations find their CIs through the CI service. */
    private record Beans(CiService cis, CiRelations relations) {
        CiRelation relate(Caller caller, UUID fromId, UUID toId, UUID relationTypeId) {
            return relations.relate(caller, fromId, toId, relationTypeId);
        }

        void unrelate(Caller caller, UUID ciId, UUID relationId) {
            relations.unrelate(caller, ciId, relationId);
        }

        ConfigurationItem changeOwner(Caller caller, UUID ciId, UUID clientId) {
            return cis.changeOwner(caller, ciId, clientId);
        }

        ConfigurationItem addClient(Caller caller, UUID ciId, UUID clientId) {
            return cis.addClient(caller, ciId, clientId);
        }

        ConfigurationItem removeClient(Caller caller, UUID ciId, UUID clientId) {
            return cis.removeClient(caller, ciId, clientId);
        }
    }

    private Beans service() {
        rows.put(api.getId(), api);
        rows.put(server.getId(), server);
        rows.put(dependsOn.getId(), dependsOn);
        CiService service = new CiService();
        service.em = (EntityManager) Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {EntityManager.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "find" -> ((Class<?>) args[0]).isInstance(rows.get(args[1])) ? rows.get(args[1]) : null;
                    case "persist" -> persisted.add(args[0]) ? null : null;
                    case "remove" -> {
                        rows.values().remove(args[0]);
                        yield null;
                    }
                    case "flush" -> null;
                    case "createQuery" -> query();
                    default -> throw new UnsupportedOperationException("this fake does not answer " + method.getName());
                });
        service.audit = org.c2desk.audit.AuditLog.writingTo(service.em);
        CiRelations relations = new CiRelations();
        relations.em = service.em;
        relations.audit = service.audit;
        relations.cis = service;
        return new Beans(service, relations);
    }

    private TypedQuery<?> query() {
        return (TypedQuery<?>) Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {TypedQuery.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "setParameter" -> proxy;
                    case "getSingleResult" -> sameRelations;
                    case "getResultList" -> List.of();
                    default -> throw new UnsupportedOperationException("this fake does not answer " + method.getName());
                });
    }

    private static Caller agent(Permission... permissions) {
        return new Caller(
                UUID.randomUUID(), "agent.en", "Agent EN", null, false, Set.of(permissions), Set.of(), Set.of());
    }

    @Test
    void theRelationsCountsAndFilesOfAnotherTenantsCiAreNotFoundBeforeAnyQuery() {
        Beans service = service();
        Enterprise mine = new Enterprise(UUID.randomUUID(), 1, "Mine", Culture.EN_US, "test");
        Enterprise theirs = new Enterprise(UUID.randomUUID(), 2, "Theirs", Culture.EN_US, "test");
        api.getEnterprises().add(theirs);
        Caller other =
                new Caller(UUID.randomUUID(), "other", "Other", null, false, Set.of(), Set.of(), Set.of(mine.getId()));
        assertThrows(NotFoundException.class, () -> service.relations().relationsFrom(other, api));
        assertThrows(NotFoundException.class, () -> service.relations().relationsTo(other, api));
        assertThrows(NotFoundException.class, () -> service.cis().counts(other, api));
        assertThrows(NotFoundException.class, () -> service.cis().attachmentsOf(other, api));
        // A caller who sees the CI's enterprise reads them, and so does anyone for a CI of no enterprise.
        Caller theirAgent = new Caller(
                UUID.randomUUID(), "their", "Their", null, false, Set.of(), Set.of(), Set.of(theirs.getId()));
        assertEquals(List.of(), service.relations().relationsFrom(theirAgent, api));
        assertEquals(List.of(), service.relations().relationsTo(other, server));
    }

    @Test
    void relatingTwoCisNeedsCiEdit() {
        Beans service = service();
        assertThrows(
                ForbiddenException.class,
                () -> service.relate(agent(Permission.CI_CREATE), server.getId(), api.getId(), dependsOn.getId()));
        CiRelation relation = service.relate(agent(Permission.CI_EDIT), server.getId(), api.getId(), dependsOn.getId());
        assertSame(server, relation.getFrom());
        assertSame(api, relation.getTo());
        assertSame(dependsOn, relation.getRelationType());
        assertEquals(
                List.of(relation),
                persisted.stream().filter(CiRelation.class::isInstance).toList());
        // Both CIs' audit trails record the relation, by the agent.
        List<org.c2desk.audit.AuditEntry> audited = persisted.stream()
                .filter(org.c2desk.audit.AuditEntry.class::isInstance)
                .map(org.c2desk.audit.AuditEntry.class::cast)
                .toList();
        assertEquals(
                List.of(server.getId(), api.getId()),
                audited.stream().map(e -> e.getObjectId()).toList());
        assertEquals(
                List.of("RelatedTo", "RelatedFrom"),
                audited.stream().map(e -> e.getChanges().get(0).field()).toList());
        assertEquals("agent.en", audited.get(0).getActorName());
        assertEquals("agent.en", server.getAudit().lastModifiedBy());
    }

    @Test
    void refusalsNameTheField() {
        Beans service = service();
        Caller agent = agent(Permission.CI_EDIT);
        assertEquals(
                "ToCIId",
                assertThrows(
                                ValidationException.class,
                                () -> service.relate(agent, server.getId(), server.getId(), dependsOn.getId()))
                        .field());
        assertEquals(
                "ToCIId",
                assertThrows(
                                ValidationException.class,
                                () -> service.relate(agent, server.getId(), UUID.randomUUID(), dependsOn.getId()))
                        .field());
        assertEquals(
                "ToCIId",
                assertThrows(
                                ValidationException.class,
                                () -> service.relate(agent, server.getId(), null, dependsOn.getId()))
                        .field());
        assertEquals(
                "RelationTypeId",
                assertThrows(ValidationException.class, () -> service.relate(agent, server.getId(), api.getId(), null))
                        .field());
        LookupValue priority = new LookupValue(
                UUID.randomUUID(),
                LookupKind.values()[0] == LookupKind.CI_RELATION ? LookupKind.values()[1] : LookupKind.values()[0],
                "HIGH",
                LocalizedText.same("High"));
        rows.put(priority.getId(), priority);
        assertEquals(
                "RelationTypeId",
                assertThrows(
                                ValidationException.class,
                                () -> service.relate(agent, server.getId(), api.getId(), priority.getId()))
                        .field());
        sameRelations = 1;
        ValidationException twice = assertThrows(
                ValidationException.class, () -> service.relate(agent, server.getId(), api.getId(), dependsOn.getId()));
        assertEquals("error.ci.alreadyRelated", twice.messageKey());
        assertTrue(persisted.isEmpty(), "nothing was saved");
        assertThrows(
                NotFoundException.class,
                () -> service.relate(agent, UUID.randomUUID(), api.getId(), dependsOn.getId()));
    }

    @Test
    void unrelatingRemovesTheRelationAndRecordsItOnBothCis() {
        Beans service = service();
        Caller agent = agent(Permission.CI_EDIT);
        CiRelation relation = service.relate(agent, server.getId(), api.getId(), dependsOn.getId());
        rows.put(relation.getId(), relation);
        assertEquals(
                "RelationId",
                assertThrows(
                                ValidationException.class,
                                () -> service.unrelate(agent, server.getId(), UUID.randomUUID()))
                        .field());
        assertThrows(
                ForbiddenException.class,
                () -> service.unrelate(agent(Permission.CI_CREATE), api.getId(), relation.getId()));

        service.unrelate(agent, api.getId(), relation.getId());
        assertTrue(!rows.containsKey(relation.getId()), "the relation was removed");
        List<org.c2desk.audit.AuditEntry> unrelated = audited(org.c2desk.audit.AuditAction.UNRELATED);
        assertEquals(
                List.of(server.getId(), api.getId()),
                unrelated.stream().map(e -> e.getObjectId()).toList());
        assertEquals(
                api.getId().toString(), unrelated.get(0).getChanges().get(0).before());
    }

    @Test
    void theOwnerAndTheClientsAreActiveClientsTheAgentSees() {
        Beans service = service();
        Caller agent = agent(Permission.CI_EDIT);
        org.c2desk.client.Client julie = new org.c2desk.client.Client(1, "Julie", "Gagnon", "admin");
        org.c2desk.client.Client gone = new org.c2desk.client.Client(2, "Old", "Client", "admin");
        gone.setActive(false);
        rows.put(julie.getId(), julie);
        rows.put(gone.getId(), gone);

        ValidationException inactive =
                assertThrows(ValidationException.class, () -> service.changeOwner(agent, api.getId(), gone.getId()));
        assertEquals("OwnerId", inactive.field());
        assertEquals("error.cmdb.inactiveClient", inactive.messageKey());
        assertEquals(
                "OwnerId",
                assertThrows(
                                ValidationException.class,
                                () -> service.changeOwner(agent, api.getId(), UUID.randomUUID()))
                        .field());
        assertEquals(
                "ClientId",
                assertThrows(ValidationException.class, () -> service.addClient(agent, api.getId(), gone.getId()))
                        .field());
        assertEquals(
                "ClientId",
                assertThrows(ValidationException.class, () -> service.addClient(agent, api.getId(), null))
                        .field());
        assertTrue(persisted.isEmpty(), "nothing was saved");

        service.changeOwner(agent, api.getId(), julie.getId());
        assertSame(julie, api.getOwner());
        service.addClient(agent, api.getId(), julie.getId());
        assertEquals(Set.of(julie), api.getClients());
        service.removeClient(agent, api.getId(), julie.getId());
        assertTrue(api.getClients().isEmpty());
        assertEquals(
                "ClientId",
                assertThrows(ValidationException.class, () -> service.removeClient(agent, api.getId(), julie.getId()))
                        .field());
        List<org.c2desk.audit.AuditEntry> updates = audited(org.c2desk.audit.AuditAction.UPDATED);
        assertEquals(
                List.of("OwnerId", "Clients", "Clients"),
                updates.stream().map(e -> e.getChanges().get(0).field()).toList());
        assertEquals(
                "Julie Gagnon (" + julie.getId() + ")",
                updates.get(1).getChanges().get(0).after());
    }

    private List<org.c2desk.audit.AuditEntry> audited(org.c2desk.audit.AuditAction action) {
        return persisted.stream()
                .filter(org.c2desk.audit.AuditEntry.class::isInstance)
                .map(org.c2desk.audit.AuditEntry.class::cast)
                .filter(e -> e.getAction() == action)
                .toList();
    }
}
