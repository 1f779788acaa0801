package org.c2desk.web.api.v1;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.c2desk.audit.AuditEntry;
import org.c2desk.audit.AuditLog;
import org.c2desk.audit.FieldChange;
import org.c2desk.audit.ObjectKind;
import org.c2desk.client.ClientService;
import org.c2desk.cmdb.CiService;
import org.c2desk.platform.ForbiddenException;
import org.c2desk.platform.Page;
import org.c2desk.platform.PageRequest;
import org.c2desk.platform.ValidationException;
import org.c2desk.security.ApiTokens;
import org.c2desk.security.Caller;
import org.c2desk.security.Permission;
import org.c2desk.ticket.TicketService;
import org.c2desk.web.api.v1.Views.IssuedTokenView;
import org.c2desk.web.api.v1.Views.TokenView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The audit trail of one object, {@code /api/v1/{tickets|clients|cis|resources}/{id}/audit}, readable by whoever
 * may read the object itself (an invisible object is "not found"), and an administrator's management of another
 * resource's API tokens, {@code /api/v1/resources/{id}/tokens}. One class per path, sharing {@link #page}.
 */
public final class AuditResources {

    private AuditResources() {}

    @Schema(name = "AuditChange", description = "One field's value before and after (null: none)")
    public record ChangeView(
            @Schema(description = "The API's name of a system field, or CustomField<sequence number>")
            String field,

            @Schema(description = "A custom field's English name (null for system fields)")
            String label,

            String before,
            String after) {}

    @Schema(name = "AuditEntry", description = "One write to the object: who, when, from where, what changed")
    public record EntryView(
            UUID id,
            OffsetDateTime occurredOn,

            @Schema(
                    description = "CREATED, UPDATED, DELETED, RELATED, COMMUNICATION_ADDED, ATTACHMENT_ADDED, RATED,"
                            + " TOKEN_CREATED, TOKEN_REVOKED...")
            String action,

            @Schema(description = "The user name of who made the change")
            String actor,

            @Schema(description = "RESOURCE, CLIENT or SYSTEM")
            String actorKind,

            @Schema(
                    description = "C2_API, REST_API, CONSOLE, PORTAL, IMPORT or SYSTEM; null for history older than"
                            + " the audit trail")
            String channel,

            @Schema(description = "The HTTP client's address (null when unknown)")
            String address,

            List<ChangeView> changes) {

        static EntryView of(AuditEntry e) {
            return new EntryView(
                    e.getId(),
                    e.getOccurredOn(),
                    e.getAction().name(),
                    e.getActorName(),
                    e.getActorKind().name(),
                    e.getChannel() == null ? null : e.getChannel().name(),
                    e.getAddress(),
                    e.getChanges().stream().map(AuditResources::view).toList());
        }
    }

    private static ChangeView view(FieldChange c) {
        return new ChangeView(c.field(), c.label(), c.before(), c.after());
    }

    /** A page of an object's audit trail, once the caller's right to see the object has been checked. */
    static Views.Page<EntryView> page(AuditLog audit, ObjectKind kind, UUID id, String cursor, String limit) {
        try {
            Page<AuditEntry> page =
                    audit.of(kind, id, new PageRequest(Params.limit(limit, PageRequest.MAX_SIZE), cursor));
            return new Views.Page<>(page.items().stream().map(EntryView::of).toList(), page.nextCursor());
        } catch (ValidationException e) {
            throw Params.renamed(e, Params.LIST_NAMES);
        }
    }

    /** {@code /api/v1/tickets/{id}/audit}. */
    @Path("tickets/{id}/audit")
    @Produces(MediaType.APPLICATION_JSON)
    @Tag(name = "Tickets")
    public static class Tickets {

        @EJB
        TicketService tickets;

        @EJB
        AuditLog audit;

        @Context
        SecurityContext security;

        @GET
        @Operation(
                summary = "A ticket's audit trail",
                description = "Every write to the ticket, newest first: who,"
                        + " when, from which address, through which channel, and each field before and after. One page at a"
                        + " time (follow nextCursor).")
        @APIResponse(responseCode = "200", description = "A page of audit entries")
        @APIResponse(responseCode = "404", description = "No such ticket, or not visible to the caller")
        public Views.Page<EntryView> list(
                @PathParam("id") String id,
                @QueryParam("cursor") @Parameter(description = "The nextCursor of the previous page") String cursor,
                @QueryParam("limit") @Parameter(description = "Entries per page, 1 to 200 (default 50)") String limit) {
            UUID ticketId = Params.pathUuid(id);
            tickets.find(ApiPrincipal.of(security).caller(), ticketId);
            return page(audit, ObjectKind.TICKET, ticketId, cursor, limit);
        }
    }

    /** {@code /api/v1/clients/{id}/audit}. */
    @Path("clients/{id}/audit")
    @Produces(MediaType.APPLICATION_JSON)
    @Tag(name = "Clients")
    public static class Clients {

        @EJB
        ClientService clients;

        @EJB
        AuditLog audit;

        @Context
        SecurityContext security;

        @GET
        @Operation(
                summary = "A client's audit trail",
                description = "Every write to the client, newest first, as" + " for tickets.")
        @APIResponse(responseCode = "200", description = "A page of audit entries")
        @APIResponse(responseCode = "404", description = "No such client, or not visible to the caller")
        public Views.Page<EntryView> list(
                @PathParam("id") String id,
                @QueryParam("cursor") @Parameter(description = "The nextCursor of the previous page") String cursor,
                @QueryParam("limit") @Parameter(description = "Entries per page, 1 to 200 (default 50)") String limit) {
            UUID clientId = Params.pathUuid(id);
            clients.find(ApiPrincipal.of(security).caller(), clientId);
            return page(audit, ObjectKind.CLIENT, clientId, cursor, limit);
        }
    }

    /** {@code /api/v1/cis/{id}/audit}. */
    @Path("cis/{id}/audit")
    @Produces(MediaType.APPLICATION_JSON)
    @Tag(name = "CIs")
    public static class Cis {

        @EJB
        CiService cis;

        @EJB
        AuditLog audit;

        @Context
        SecurityContext security;

        @GET
        @Operation(
                summary = "A CI's audit trail",
                description = "Every write to the CI (its relations included)," + " newest first, as for tickets.")
        @APIResponse(responseCode = "200", description = "A page of audit entries")
        @APIResponse(responseCode = "404", description = "No such CI, or not visible to the caller")
        public Views.Page<EntryView> list(
                @PathParam("id") String id,
                @QueryParam("cursor") @Parameter(description = "The nextCursor of the previous page") String cursor,
                @QueryParam("limit") @Parameter(description = "Entries per page, 1 to 200 (default 50)") String limit) {
            UUID ciId = Params.pathUuid(id);
            cis.find(ApiPrincipal.of(security).caller(), ciId);
            return page(audit, ObjectKind.CI, ciId, cursor, limit);
        }
    }

    /**
     * {@code /api/v1/resources/{id}/...}: a resource's API tokens and their audit trail, for that resource itself or
     * an administrator; anyone else is refused (403), whether the resource exists or not.
     */
    @Path("resources/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Tag(name = "Tokens")
    public static class Resources {

        @EJB
        ApiTokens tokens;

        @EJB
        AuditLog audit;

        @Context
        SecurityContext security;

        @Context
        UriInfo uri;

        @GET
        @Path("tokens")
        @Operation(
                summary = "List a resource's API tokens",
                description = "Newest first, revoked ones included." + " The resource itself or an administrator.")
        @APIResponse(responseCode = "200", description = "The tokens (never the secrets)")
        @APIResponse(
                responseCode = "403",
                description = "Another resource's tokens, and the caller is no administrator")
        @APIResponse(responseCode = "404", description = "No such resource")
        public List<TokenView> list(@PathParam("id") String id) {
            return tokens.listFor(caller(), Params.pathUuid(id)).stream()
                    .map(TokensResource::view)
                    .toList();
        }

        @POST
        @Path("tokens")
        @Consumes(MediaType.APPLICATION_JSON)
        @Operation(
                summary = "Create an API token for a resource",
                description = "An administrator creates a token"
                        + " for another resource (or anyone for themselves), authenticated with HTTP Basic. The answer holds"
                        + " the token, shown this once.")
        @RequestBody(content = @Content(schema = @Schema(implementation = TokensResource.TokenCreate.class)))
        @APIResponse(
                responseCode = "201",
                description = "Created",
                content = @Content(schema = @Schema(implementation = IssuedTokenView.class)))
        @APIResponse(responseCode = "403", description = "Not an administrator, or authenticated with a token")
        @APIResponse(responseCode = "404", description = "No such active resource")
        public Response create(@PathParam("id") String id, String body) {
            ApiPrincipal principal = ApiPrincipal.of(security);
            UUID resourceId = Params.pathUuid(id);
            if (principal.byToken()) {
                throw new ForbiddenException(
                        "Tokens are created with the account's password (HTTP Basic), not with" + " another token");
            }
            JsonInput in = JsonInput.parse(body);
            in.onlyKnown(List.of("name", "expiresOn"));
            ApiTokens.IssuedToken issued =
                    tokens.issue(principal.caller(), resourceId, in.requiredText("name"), in.dateTime("expiresOn"));
            return Response.created(uri.getAbsolutePathBuilder()
                            .path(issued.info().id().toString())
                            .build())
                    .header("Cache-Control", "no-store")
                    .entity(new IssuedTokenView(TokensResource.view(issued.info()), issued.token()))
                    .build();
        }

        @DELETE
        @Path("tokens/{tokenId}")
        @Operation(summary = "Revoke a resource's API token", description = "Revoking twice is harmless.")
        @APIResponse(
                responseCode = "200",
                description = "Revoked",
                content = @Content(schema = @Schema(implementation = TokenView.class)))
        @APIResponse(responseCode = "403", description = "Another resource's token, and the caller is no administrator")
        @APIResponse(responseCode = "404", description = "No such token of that resource")
        public TokenView revoke(@PathParam("id") String id, @PathParam("tokenId") String tokenId) {
            return TokensResource.view(tokens.revokeFor(caller(), Params.pathUuid(id), Params.pathUuid(tokenId)));
        }

        @GET
        @Path("audit")
        @Operation(
                summary = "A resource's audit trail",
                description = "Its API tokens' creations and revocations,"
                        + " newest first. The resource itself or an administrator.")
        @APIResponse(responseCode = "200", description = "A page of audit entries")
        @APIResponse(responseCode = "403", description = "Another resource, and the caller is no administrator")
        public Views.Page<EntryView> audit(
                @PathParam("id") String id,
                @QueryParam("cursor") @Parameter(description = "The nextCursor of the previous page") String cursor,
                @QueryParam("limit") @Parameter(description = "Entries per page, 1 to 200 (default 50)") String limit) {
            UUID resourceId = Params.pathUuid(id);
            Caller caller = caller();
            if (!resourceId.equals(caller.resourceId()) && !caller.can(Permission.ADMINISTER)) {
                throw new ForbiddenException(
                        caller.userName() + " may only read their own audit trail", Permission.ADMINISTER);
            }
            return page(audit, ObjectKind.RESOURCE, resourceId, cursor, limit);
        }

        private Caller caller() {
            return ApiPrincipal.of(security).caller();
        }
    }
}
