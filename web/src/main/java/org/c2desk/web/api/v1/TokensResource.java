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
import java.util.List;
import org.c2desk.platform.ForbiddenException;
import org.c2desk.security.ApiTokens;
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
 * {@code /api/v1/tokens}: a resource's personal API tokens. Creating one needs the password (HTTP Basic), so that a
 * leaked token cannot mint others; listing and revoking work with either.
 */
@Path("tokens")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tokens")
public class TokensResource {

    @EJB
    ApiTokens tokens;

    @Context
    SecurityContext security;

    @Context
    UriInfo uri;

    @GET
    @Operation(
            summary = "List API tokens",
            description = "The caller's tokens, newest first (revoked ones"
                    + " included); an administrator may name another resource.")
    public List<TokenView> list(
            @QueryParam("resource") @Parameter(description = "A resource id (administrators)") String resource) {
        return tokens.list(ApiPrincipal.of(security).caller(), Params.uuid("resource", resource)).stream()
                .map(TokensResource::view)
                .toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Create an API token",
            description = "Authenticate with HTTP Basic. The answer holds the"
                    + " token, shown this once: only its SHA-256 is kept.")
    @RequestBody(content = @Content(schema = @Schema(implementation = TokenCreate.class)))
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = IssuedTokenView.class)))
    @APIResponse(responseCode = "403", description = "Authenticated with a token rather than a password")
    public Response create(String body) {
        ApiPrincipal principal = ApiPrincipal.of(security);
        if (principal.byToken()) {
            throw new ForbiddenException(
                    "Tokens are created with the account's password (HTTP Basic), not with" + " another token");
        }
        JsonInput in = JsonInput.parse(body);
        in.onlyKnown(List.of("name", "expiresOn"));
        ApiTokens.IssuedToken issued =
                tokens.issue(principal.caller(), in.requiredText("name"), in.dateTime("expiresOn"));
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(issued.info().id().toString())
                        .build())
                .header("Cache-Control", "no-store")
                .entity(new IssuedTokenView(view(issued.info()), issued.token()))
                .build();
    }

    @DELETE
    @Path("{id}")
    @Operation(
            summary = "Revoke an API token",
            description = "The caller's own, or any for an administrator;"
                    + " revoking twice is harmless. The token is refused from then on.")
    @APIResponse(
            responseCode = "200",
            description = "Revoked",
            content = @Content(schema = @Schema(implementation = TokenView.class)))
    public TokenView revoke(@PathParam("id") String id) {
        return view(tokens.revoke(ApiPrincipal.of(security).caller(), Params.pathUuid(id)));
    }

    @Schema(name = "TokenCreate")
    public record TokenCreate(
            @Schema(required = true, maxLength = 100, description = "What uses the token")
            String name,

            @Schema(description = "ISO-8601 date-time; none: valid until revoked")
            java.time.OffsetDateTime expiresOn) {}

    static TokenView view(ApiTokens.TokenInfo t) {
        return new TokenView(
                t.id(),
                t.resourceId(),
                t.resourceUserName(),
                t.name(),
                t.prefix(),
                t.createdOn(),
                t.lastUsedOn(),
                t.expiresOn(),
                t.revokedOn());
    }
}
