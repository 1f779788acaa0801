package org.c2desk.ticket;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.c2desk.platform.LocalizedText;
import org.c2desk.security.Caller;

/**
 * The reference data an integration needs to open and route tickets (enterprises, queues, statuses, ticket types,
 * the service catalogue), read-only, in both languages, ordered as the console shows them. Enterprises are limited
 * to those the caller sees.
 */
@Stateless
public class TicketReferenceData {

    @PersistenceContext
    EntityManager em;

    public record EnterpriseRef(UUID id, long sequenceNumber, String name, String defaultCulture, boolean active) {}

    public record QueueRef(UUID id, String code, LocalizedText name, boolean active) {}

    public record StatusRef(UUID id, String code, LocalizedText name, String phase, int sortOrder, boolean active) {}

    public record TicketTypeRef(UUID id, String code, LocalizedText name, boolean task, boolean active) {}

    public record RequestRef(UUID id, LocalizedText name, UUID ticketTypeId, UUID defaultQueueId) {}

    public record ServiceRef(UUID id, LocalizedText name, List<RequestRef> requests) {}

    public record CategoryRef(UUID id, LocalizedText name, List<ServiceRef> services) {}

    public record CatalogRef(UUID id, String code, LocalizedText name, List<CategoryRef> categories) {}

    public List<EnterpriseRef> enterprises(Caller caller) {
        return allEnterprises().stream()
                .filter(e -> caller.seesEnterprise(e.id()))
                .toList();
    }

    /** Every enterprise, whoever asks: for a cache shared by callers, each filtering with its own rights. */
    @SuppressWarnings("unchecked")
    public List<EnterpriseRef> allEnterprises() {
        List<Object[]> rows = em.createNativeQuery("select id, sequence_number, name, default_culture, is_active"
                        + " from enterprise order by lower(name), id")
                .getResultList();
        return rows.stream()
                .map(r -> new EnterpriseRef(
                        (UUID) r[0], ((Number) r[1]).longValue(), (String) r[2], (String) r[3], (Boolean) r[4]))
                .toList();
    }

    @SuppressWarnings("unchecked")
    public List<QueueRef> queues() {
        List<Object[]> rows = em.createNativeQuery("select id, code, english_name, french_name, is_active from queue"
                        + " order by english_name, id")
                .getResultList();
        return rows.stream()
                .map(r -> new QueueRef((UUID) r[0], (String) r[1], text(r[2], r[3]), (Boolean) r[4]))
                .toList();
    }

    @SuppressWarnings("unchecked")
    public List<StatusRef> statuses() {
        List<Object[]> rows = em.createNativeQuery("select id, code, english_name, french_name, phase, sort_order,"
                        + " is_active from ticket_status order by sort_order, code")
                .getResultList();
        return rows.stream()
                .map(r -> new StatusRef(
                        (UUID) r[0],
                        (String) r[1],
                        text(r[2], r[3]),
                        (String) r[4],
                        ((Number) r[5]).intValue(),
                        (Boolean) r[6]))
                .toList();
    }

    public record LookupRef(UUID id, String code, LocalizedText name) {}

    public record ResourceRef(UUID id, String userName, String fullName) {}

    /** The active priorities, most urgent first. */
    @SuppressWarnings("unchecked")
    public List<LookupRef> priorities() {
        List<Object[]> rows = em.createNativeQuery("select id, code, english_name, french_name from lookup_value"
                        + " where kind = 'PRIORITY' and is_active order by sort_order, code")
                .getResultList();
        return rows.stream()
                .map(r -> new LookupRef((UUID) r[0], (String) r[1], text(r[2], r[3])))
                .toList();
    }

    /** The active resources tickets can be assigned to, by name (at most {@code limit}). */
    @SuppressWarnings("unchecked")
    public List<ResourceRef> assignableResources(int limit) {
        List<Object[]> rows = em.createNativeQuery("select id, user_name, first_name || ' ' || last_name from resource"
                        + " where is_active order by lower(last_name), lower(first_name), id limit "
                        + Math.min(limit, 1000))
                .getResultList();
        return rows.stream()
                .map(r -> new ResourceRef((UUID) r[0], (String) r[1], (String) r[2]))
                .toList();
    }

    @SuppressWarnings("unchecked")
    public List<TicketTypeRef> ticketTypes() {
        List<Object[]> rows = em.createNativeQuery("select id, code, english_name, french_name, is_task, is_active"
                        + " from ticket_type order by sort_order, code")
                .getResultList();
        return rows.stream()
                .map(r ->
                        new TicketTypeRef((UUID) r[0], (String) r[1], text(r[2], r[3]), (Boolean) r[4], (Boolean) r[5]))
                .toList();
    }

    /** The active catalogues with their active categories, services and request forms, in display order. */
    @SuppressWarnings("unchecked")
    public List<CatalogRef> catalog() {
        List<Object[]> rows = em.createNativeQuery("""
                select c.id, c.code, c.english_name, c.french_name,
                       k.id, k.english_name, k.french_name,
                       s.id, s.english_name, s.french_name,
                       r.id, r.english_name, r.french_name, r.ticket_type_id, r.default_queue_id
                  from catalog c
                  left join category k on k.catalog_id = c.id and k.is_active
                  left join catalog_service s on s.category_id = k.id and s.is_active
                  left join request_form r on r.service_id = s.id and r.is_active
                 where c.is_active
                 order by c.english_name, c.id, k.sort_order, k.id, s.sort_order, s.id, r.sort_order, r.id
                """).getResultList();
        Map<UUID, Object[]> catalogs = new LinkedHashMap<>();
        Map<UUID, Map<UUID, Object[]>> categories = new LinkedHashMap<>();
        Map<UUID, Map<UUID, Object[]>> services = new LinkedHashMap<>();
        Map<UUID, List<RequestRef>> requests = new LinkedHashMap<>();
        for (Object[] r : rows) {
            catalogs.putIfAbsent((UUID) r[0], r);
            if (r[4] != null) {
                categories
                        .computeIfAbsent((UUID) r[0], k -> new LinkedHashMap<>())
                        .putIfAbsent((UUID) r[4], r);
            }
            if (r[7] != null) {
                services.computeIfAbsent((UUID) r[4], k -> new LinkedHashMap<>())
                        .putIfAbsent((UUID) r[7], r);
            }
            if (r[10] != null) {
                requests.computeIfAbsent((UUID) r[7], k -> new ArrayList<>())
                        .add(new RequestRef((UUID) r[10], text(r[11], r[12]), (UUID) r[13], (UUID) r[14]));
            }
        }
        List<CatalogRef> tree = new ArrayList<>();
        for (Object[] c : catalogs.values()) {
            List<CategoryRef> categoryRefs = new ArrayList<>();
            for (Object[] k : categories.getOrDefault((UUID) c[0], Map.of()).values()) {
                List<ServiceRef> serviceRefs = new ArrayList<>();
                for (Object[] s : services.getOrDefault((UUID) k[4], Map.of()).values()) {
                    serviceRefs.add(new ServiceRef(
                            (UUID) s[7], text(s[8], s[9]), List.copyOf(requests.getOrDefault((UUID) s[7], List.of()))));
                }
                categoryRefs.add(new CategoryRef((UUID) k[4], text(k[5], k[6]), serviceRefs));
            }
            tree.add(new CatalogRef((UUID) c[0], (String) c[1], text(c[2], c[3]), categoryRefs));
        }
        return tree;
    }

    private static LocalizedText text(Object english, Object french) {
        return new LocalizedText((String) english, (String) french);
    }
}
