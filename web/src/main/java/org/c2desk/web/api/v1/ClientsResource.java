package org.c2desk.web.api.v1;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.c2desk.client.Client;
import org.c2desk.client.ClientChanges;
import org.c2desk.client.ClientEnterprise;
import org.c2desk.client.ClientFilter;
import org.c2desk.client.ClientListRow;
import org.c2desk.client.ClientQueries;
import org.c2desk.client.ClientService;
import org.c2desk.client.ClientSort;
import org.c2desk.client.NewClient;
import org.c2desk.customfield.CustomFields;
import org.c2desk.customfield.FieldView;
import org.c2desk.platform.Page;
import org.c2desk.platform.PageRequest;
import org.c2desk.platform.ValidationException;
import org.c2desk.security.Caller;
import org.c2desk.web.api.v1.Views.ClientSummary;
import org.c2desk.web.api.v1.Views.ClientView;
import org.c2desk.web.api.v1.Views.CustomFieldValue;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/v1/clients}: list, read, create and change clients (the people tickets are for). The list is the C2
 * API's Clients/List ({@link ClientQueries}, keyset paging); creation and changes are {@link ClientService}'s.
 */
@Path("clients")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Clients")
public class ClientsResource {

    /** The service's field names in refusals, as this API names them. */
    private static final RefusalNames NAMES = new RefusalNames()
            .name("FirstName", "firstName")
            .name("LastName", "lastName")
            .name("EmailAddress", "emailAddress")
            .name("OfficePhone", "officePhone")
            .name("MobilePhone", "mobilePhone")
            .name("StreetName", "streetName")
            .name("City", "city")
            .name("PostalCode", "postalCode")
            .name("CountryId", "countryId")
            .name("Gender", "gender")
            .name("PreferedCulture", "preferredCulture")
            .name("UserName", "userName")
            .name("HasPortalAccess", "portalAccess")
            .name("IsActive", "active")
            .name("ExternalId", "externalId")
            .name("SearchField1", "searchField1")
            .name("SearchField2", "searchField2")
            .name("Enterprises", "enterpriseIds");

    private static final PatchFlow<ClientPatch> PATCH = new PatchFlow<>(ClientPatch.class, NAMES);

    @EJB
    ClientService clients;

    @EJB
    ClientQueries queries;

    @Context
    SecurityContext security;

    @Context
    UriInfo uri;

    @GET
    @Operation(
            summary = "List clients",
            description =
                    "Clients the caller may see, by last name (or most recently"
                            + " changed first with sort=lastModifiedOn), one page at a time (keyset paging: follow nextCursor).")
    @APIResponse(responseCode = "200", description = "A page of clients")
    public Views.Page<ClientSummary> list(
            @QueryParam("enterprise") @Parameter(description = "An enterprise id") String enterprise,
            @QueryParam("q")
                    @Parameter(
                            description =
                                    "The beginning of the last name, first name, full name, e-mail address or user name, any case")
                    String q,
            @QueryParam("active") @Parameter(description = "true or false") String active,
            @QueryParam("modifiedSince") @Parameter(description = "ISO-8601 date-time, e.g. 2025-07-01T00:00:00Z")
                    String modifiedSince,
            @QueryParam("sort") @Parameter(description = "lastName (default) or lastModifiedOn") String sort,
            @QueryParam("direction") @Parameter(description = "asc or desc (default: the sort's own)") String direction,
            @QueryParam("cursor") @Parameter(description = "The nextCursor of the previous page") String cursor,
            @QueryParam("limit") @Parameter(description = "Clients per page, 1 to 200 (default 50)") String limit) {
        Caller caller = caller();
        int size = Params.limit(limit, PageRequest.MAX_SIZE);
        try {
            ClientFilter filter = new ClientFilter(
                    Params.uuid("enterprise", enterprise),
                    Params.searchText(q),
                    Params.bool("active", active),
                    Params.dateTime("modifiedSince", modifiedSince));
            Page<ClientListRow> page = queries.list(
                    caller, filter, ClientSort.named(sort), Params.direction(direction), new PageRequest(size, cursor));
            return new Views.Page<>(
                    page.items().stream().map(ClientsResource::summary).toList(), page.nextCursor());
        } catch (ValidationException e) {
            throw NAMES.renamed(e);
        }
    }

    @GET
    @Path("{id}")
    @Operation(
            summary = "Read a client",
            description = "With its custom fields; the ETag header carries its version,"
                    + " to send back in If-Match when changing it.")
    @APIResponse(
            responseCode = "200",
            description = "The client",
            content = @Content(schema = @Schema(implementation = ClientView.class)))
    @APIResponse(responseCode = "404", description = "No such client, or not visible to the caller")
    public Response get(@PathParam("id") String id) {
        Client client = clients.find(caller(), Params.pathUuid(id));
        return Response.ok(view(client))
                .header(HttpHeaders.ETAG, ETags.of(client.getVersion()))
                .build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Create a client",
            description = "enterpriseIds (the first is the primary one), firstName"
                    + " and lastName are required; portalAccess needs a userName. customFields are keyed by sequence number"
                    + " or definition id of the client form.")
    @RequestBody(content = @Content(schema = @Schema(implementation = ClientCreate.class)))
    @APIResponse(
            responseCode = "201",
            description = "Created; Location and ETag headers",
            content = @Content(schema = @Schema(implementation = ClientView.class)))
    @APIResponse(responseCode = "400", description = "A value is refused; the problem names the field")
    @APIResponse(responseCode = "403", description = "The caller may not create clients")
    public Response create(String body) {
        Caller caller = caller();
        BodyBinder.Bound<ClientCreate> bound = BodyBinder.bind(body, ClientCreate.class);
        ClientCreate in = bound.body();
        List<UUID> enterpriseIds = in.enterpriseIds() == null ? List.of() : in.enterpriseIds();
        if (enterpriseIds.isEmpty()) {
            throw new InvalidInputException("enterpriseIds", "enterpriseIds is required: at least one enterprise id");
        }
        String firstName = BodyBinder.requiredText(in.firstName(), "firstName");
        String lastName = BodyBinder.requiredText(in.lastName(), "lastName");
        Map<String, String> byKey = bound.customFields();
        Client client;
        try {
            Map<UUID, String> values = CustomFields.byDefinitionId(clients.layout(caller), byKey, "customFields.");
            client = clients.create(
                    caller,
                    new NewClient(
                            enterpriseIds,
                            firstName,
                            lastName,
                            in.active(),
                            in.portalAccess(),
                            in.preferredCulture(),
                            in.streetName(),
                            in.city(),
                            in.postalCode(),
                            in.officePhone(),
                            in.countryId(),
                            in.gender(),
                            in.emailAddress(),
                            in.userName(),
                            in.externalId(),
                            values));
        } catch (ValidationException e) {
            throw NAMES.renamed(e, () -> form(), byKey);
        }
        Client fresh = clients.find(caller, client.getId());
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(fresh.getId().toString())
                        .build())
                .entity(view(fresh))
                .header(HttpHeaders.ETAG, ETags.of(fresh.getVersion()))
                .build();
    }

    @PATCH
    @Path("{id}")
    @Consumes({"application/merge-patch+json", MediaType.APPLICATION_JSON})
    @Operation(
            summary = "Change a client",
            description = "JSON merge patch: only the fields sent change (null clears"
                    + " one), all or none. If-Match must carry the ETag read: without it 428, if the client changed"
                    + " meanwhile 412 with the current ETag and nothing written.")
    @RequestBody(content = @Content(schema = @Schema(implementation = ClientPatch.class)))
    @APIResponse(
            responseCode = "200",
            description = "Changed; the new ETag",
            content = @Content(schema = @Schema(implementation = ClientView.class)))
    @APIResponse(responseCode = "400", description = "A value is refused; the problem names the field")
    @APIResponse(responseCode = "412", description = "Changed since read: the problem gives the current ETag")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response patch(
            @PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "The ETag read, e.g. \"3\"") String ifMatch,
            String body) {
        Caller caller = caller();
        UUID clientId = Params.pathUuid(id);
        PATCH.apply(
                ifMatch,
                body,
                (expected, patch) -> clients.update(caller, clientId, expected, changes(patch), patch.customFields()),
                () -> form());
        Client fresh = clients.find(caller, clientId);
        return Response.ok(view(fresh))
                .header(HttpHeaders.ETAG, ETags.of(fresh.getVersion()))
                .build();
    }

    /** The change a patch asks for: each member sent, null clearing it. */
    private static ClientChanges changes(BodyBinder.Bound<ClientPatch> patch) {
        ClientPatch p = patch.body();
        ClientChanges.Builder changes = ClientChanges.builder();
        patch.ifSent("firstName", p::firstName, changes::firstName);
        patch.ifSent("lastName", p::lastName, changes::lastName);
        patch.ifSent("emailAddress", p::emailAddress, changes::emailAddress);
        patch.ifSent("officePhone", p::officePhone, changes::officePhone);
        patch.ifSent("mobilePhone", p::mobilePhone, changes::mobilePhone);
        patch.ifSent("streetName", p::streetName, changes::streetName);
        patch.ifSent("city", p::city, changes::city);
        patch.ifSent("postalCode", p::postalCode, changes::postalCode);
        patch.ifSent("countryId", p::countryId, changes::countryId);
        patch.ifSent("gender", p::gender, changes::gender);
        patch.ifSent("preferredCulture", p::preferredCulture, changes::preferredCulture);
        patch.ifSent("userName", p::userName, changes::userName);
        patch.ifSent("portalAccess", p::portalAccess, changes::portalAccess);
        patch.ifSent("active", p::active, changes::active);
        patch.ifSent("externalId", p::externalId, changes::externalId);
        patch.ifSent("searchField1", p::searchField1, changes::searchField1);
        patch.ifSent("searchField2", p::searchField2, changes::searchField2);
        return changes.build();
    }

    // --- shapes -------------------------------------------------------------------------------------------------

    /** The body of POST /clients. */
    @Schema(name = "ClientCreate")
    public record ClientCreate(
            @Schema(required = true, description = "At least one; the first is the primary enterprise")
            List<UUID> enterpriseIds,

            @Schema(required = true) String firstName,
            @Schema(required = true) String lastName,
            @Schema(description = "Default true") Boolean active,

            @Schema(description = "Default false; true needs userName")
            Boolean portalAccess,

            @Schema(description = "en-US or fr-CA; default: the primary enterprise's")
            String preferredCulture,

            String streetName,
            String city,
            String postalCode,
            String officePhone,
            UUID countryId,
            @Schema(description = "M or F") String gender,
            String emailAddress,
            String userName,
            String externalId,

            @Schema(description = "Values keyed by sequence number or definition id")
            Map<String, String> customFields) {}

    /** The body of PATCH /clients/{id}: any subset. */
    @Schema(name = "ClientPatch", description = "JSON merge patch: send only what changes; null clears a field")
    public record ClientPatch(
            String firstName,
            String lastName,
            String emailAddress,
            String officePhone,
            String mobilePhone,
            String streetName,
            String city,
            String postalCode,
            UUID countryId,
            String gender,
            String preferredCulture,
            String userName,
            Boolean portalAccess,
            Boolean active,
            String externalId,
            String searchField1,
            String searchField2,
            Map<String, String> customFields) {}

    /** The client form's custom fields (a new client's without values): what a refused one is looked up in. */
    private List<FieldView> form() {
        return clients.blankForm(caller(), ZoneOffset.UTC, Locale.ENGLISH);
    }

    private Caller caller() {
        return ApiPrincipal.of(security).caller();
    }

    private static ClientSummary summary(ClientListRow r) {
        return new ClientSummary(
                r.id(),
                r.sequenceNumber(),
                r.firstName(),
                r.lastName(),
                r.emailAddress(),
                r.userName(),
                r.portalAccess(),
                r.active(),
                r.enterpriseId(),
                r.enterpriseName(),
                r.lastModifiedOn());
    }

    private ClientView view(Client c) {
        List<CustomFieldValue> fields = CustomFieldValue.of(
                clients.formOf(caller(), c, ZoneOffset.UTC, Locale.ENGLISH).fields());
        List<UUID> enterprises = c.getEnterprises().stream()
                .sorted(Comparator.comparing((ClientEnterprise m) -> !m.isPrimary()))
                .map(m -> m.getEnterprise().getId())
                .toList();
        return new ClientView(
                c.getId(),
                c.getSequenceNumber(),
                c.getFirstName(),
                c.getLastName(),
                c.getEmailAddress(),
                c.getOfficePhone(),
                c.getMobilePhone(),
                c.getStreetName(),
                c.getCity(),
                c.getPostalCode(),
                c.getCountry() == null ? null : c.getCountry().getId(),
                c.getGender(),
                c.getPreferredCulture() == null ? null : c.getPreferredCulture().code(),
                c.isActive(),
                c.hasPortalAccess(),
                c.getUserName(),
                c.getExternalId(),
                c.getSearchField1(),
                c.getSearchField2(),
                enterprises,
                fields,
                c.getAudit().createdBy(),
                c.getAudit().createdOn(),
                c.getAudit().lastModifiedBy(),
                c.getAudit().lastModifiedOn(),
                c.getVersion());
    }
}
