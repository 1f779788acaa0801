package org.c2desk.catalog;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.c2desk.platform.LocalizedText;
import org.c2desk.platform.NotFoundException;
import org.c2desk.security.Caller;
import org.c2desk.security.PortalClient;

/**
 * The service catalogue as a portal client sees it: the active requests of the catalogues linked to their
 * enterprises, in the catalogue's order. Departments filter it: a client of a department sees the categories of no
 * department and those of their own; a client of no department sees them all.
 */
@Stateless
public class ServiceCatalog {

    @PersistenceContext
    EntityManager em;

    /** One request of the catalogue, with where it sits. */
    public record Entry(
            UUID categoryId,
            LocalizedText category,
            UUID serviceId,
            LocalizedText service,
            UUID requestId,
            LocalizedText request,
            LocalizedText description) {}

    /** A category with its services, each with its requests, for a page to show as a tree. */
    public record CategoryNode(UUID id, LocalizedText name, LocalizedText description, List<ServiceNode> services) {}

    public record ServiceNode(UUID id, LocalizedText name, LocalizedText description, List<Entry> requests) {}

    public List<CategoryNode> browse(PortalClient client) {
        Map<UUID, CategoryNode> categories = new LinkedHashMap<>();
        Map<UUID, ServiceNode> services = new LinkedHashMap<>();
        for (RequestForm r : visibleRequests(client, null)) {
            CatalogService s = r.getService();
            Category c = s.getCategory();
            CategoryNode category = categories.computeIfAbsent(
                    c.getId(), id -> new CategoryNode(id, c.getName(), c.getDescription(), new ArrayList<>()));
            ServiceNode service = services.computeIfAbsent(s.getId(), id -> {
                ServiceNode node = new ServiceNode(id, s.getName(), s.getDescription(), new ArrayList<>());
                category.services().add(node);
                return node;
            });
            service.requests().add(entry(r));
        }
        return List.copyOf(categories.values());
    }

    /** A request the client may open; any other id is "not found". */
    public RequestForm request(PortalClient client, UUID requestId) {
        List<RequestForm> found = requestId == null ? List.of() : visibleRequests(client, requestId);
        if (found.isEmpty()) {
            throw new NotFoundException("Request", requestId);
        }
        return found.get(0);
    }

    /** The enterprise a client's request belongs to: the first of theirs that has the request's catalogue. */
    public UUID enterpriseFor(PortalClient client, RequestForm request) {
        return request.getService().getCategory().getCatalog().getEnterprises().stream()
                .map(e -> e.getId())
                .filter(client.enterpriseIds()::contains)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Request", request.getId()));
    }

    /**
     * Every active request of every active catalogue, as categories with their services and requests: what an agent
     * picks from when opening a ticket for a client (agents are not limited to the portal-visible requests): any
     * signed-in resource.
     */
    public List<CategoryNode> browseAll(Caller caller) {
        Objects.requireNonNull(caller, "caller");
        Map<UUID, CategoryNode> categories = new LinkedHashMap<>();
        Map<UUID, ServiceNode> services = new LinkedHashMap<>();
        List<RequestForm> requests = em.createQuery(
                        "select r from RequestForm r join r.service s join s.category c"
                                + " join c.catalog k where r.active = true and s.active = true and c.active = true and k.active = true"
                                + " order by k.code, c.sortOrder, s.sortOrder, r.sortOrder",
                        RequestForm.class)
                .setMaxResults(5000)
                .getResultList();
        for (RequestForm r : requests) {
            CatalogService s = r.getService();
            Category c = s.getCategory();
            CategoryNode category = categories.computeIfAbsent(
                    c.getId(), id -> new CategoryNode(id, c.getName(), c.getDescription(), new ArrayList<>()));
            ServiceNode service = services.computeIfAbsent(s.getId(), id -> {
                ServiceNode node = new ServiceNode(id, s.getName(), s.getDescription(), new ArrayList<>());
                category.services().add(node);
                return node;
            });
            service.requests().add(entry(r));
        }
        return List.copyOf(categories.values());
    }

    public static Entry entry(RequestForm r) {
        CatalogService s = r.getService();
        Category c = s.getCategory();
        return new Entry(c.getId(), c.getName(), s.getId(), s.getName(), r.getId(), r.getName(), r.getDescription());
    }

    private List<RequestForm> visibleRequests(PortalClient client, UUID onlyRequest) {
        if (client.enterpriseIds().isEmpty()) {
            return List.of();
        }
        // No "distinct": PostgreSQL refuses it with an order on other columns; a catalogue linked to two of the
        // client's enterprises would list a request twice, so duplicates are dropped here.
        String jpql =
                "select r from RequestForm r join r.service s join s.category c join c.catalog k join k.enterprises e"
                        + " where e.id in :enterprises and r.active = true and r.portalVisible = true"
                        + " and s.active = true and c.active = true and k.active = true"
                        + (client.departmentId() == null
                                ? ""
                                : " and (c.department is null or c.department.id = :department)")
                        + (onlyRequest == null ? "" : " and r.id = :request")
                        + " order by c.sortOrder, s.sortOrder, r.sortOrder";
        TypedQuery<RequestForm> query =
                em.createQuery(jpql, RequestForm.class).setParameter("enterprises", client.enterpriseIds());
        if (client.departmentId() != null) {
            query.setParameter("department", client.departmentId());
        }
        if (onlyRequest != null) {
            query.setParameter("request", onlyRequest);
        }
        return new ArrayList<>(new LinkedHashSet<>(query.getResultList()));
    }
}
