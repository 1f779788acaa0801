package org.c2desk.web.api.v1;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.UUID;
import org.c2desk.ticket.TicketReferenceData;
import org.c2desk.web.api.v1.Views.Names;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Reference data to open and route tickets: read-only, names in both languages. */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reference data")
public class ReferenceResource {

    @EJB
    TicketReferenceData data;

    @Context
    SecurityContext security;

    public record Enterprise(UUID id, long number, String name, String defaultCulture, boolean active) {}

    public record Queue(UUID id, String code, Names name, boolean active) {}

    public record Status(UUID id, String code, Names name, String phase, int sortOrder, boolean active) {}

    public record TicketType(UUID id, String code, Names name, boolean task, boolean active) {}

    public record Request(UUID id, Names name, UUID ticketTypeId, UUID defaultQueueId) {}

    public record Service(UUID id, Names name, List<Request> requests) {}

    public record Category(UUID id, Names name, List<Service> services) {}

    public record Catalog(UUID id, String code, Names name, List<Category> categories) {}

    @GET
    @Path("enterprises")
    @Operation(summary = "Enterprises the caller sees")
    public List<Enterprise> enterprises() {
        return data.enterprises(ApiPrincipal.of(security).caller()).stream()
                .map(e -> new Enterprise(e.id(), e.sequenceNumber(), e.name(), e.defaultCulture(), e.active()))
                .toList();
    }

    @GET
    @Path("queues")
    @Operation(summary = "Queues")
    public List<Queue> queues() {
        ApiPrincipal.of(security);
        return data.queues().stream()
                .map(q -> new Queue(q.id(), q.code(), Names.of(q.name()), q.active()))
                .toList();
    }

    @GET
    @Path("statuses")
    @Operation(summary = "Ticket statuses", description = "With their life-cycle phase, in display order")
    public List<Status> statuses() {
        return data.statuses().stream()
                .map(s -> new Status(s.id(), s.code(), Names.of(s.name()), s.phase(), s.sortOrder(), s.active()))
                .toList();
    }

    @GET
    @Path("ticket-types")
    @Operation(summary = "Ticket types")
    public List<TicketType> ticketTypes() {
        return data.ticketTypes().stream()
                .map(t -> new TicketType(t.id(), t.code(), Names.of(t.name()), t.task(), t.active()))
                .toList();
    }

    @GET
    @Path("catalog")
    @Operation(
            summary = "The service catalogue",
            description = "Active catalogues, categories, services and"
                    + " request forms (a ticket's requestId), in display order")
    public List<Catalog> catalog() {
        return data.catalog().stream()
                .map(c -> new Catalog(
                        c.id(),
                        c.code(),
                        Names.of(c.name()),
                        c.categories().stream()
                                .map(k -> new Category(
                                        k.id(),
                                        Names.of(k.name()),
                                        k.services().stream()
                                                .map(s -> new Service(
                                                        s.id(),
                                                        Names.of(s.name()),
                                                        s.requests().stream()
                                                                .map(r -> new Request(
                                                                        r.id(),
                                                                        Names.of(r.name()),
                                                                        r.ticketTypeId(),
                                                                        r.defaultQueueId()))
                                                                .toList()))
                                                .toList()))
                                .toList()))
                .toList();
    }
}
