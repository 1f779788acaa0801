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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.c2desk.cmdb.CiChanges;
import org.c2desk.cmdb.CiFilter;
import org.c2desk.cmdb.CiListRow;
import org.c2desk.cmdb.CiQueries;
import org.c2desk.cmdb.CiService;
import org.c2desk.cmdb.CiSort;
import org.c2desk.cmdb.ConfigurationItem;
import org.c2desk.cmdb.NewCi;
import org.c2desk.customfield.CustomFields;
import org.c2desk.customfield.FieldView;
import org.c2desk.platform.Page;
import org.c2desk.platform.PageRequest;
import org.c2desk.platform.ValidationException;
import org.c2desk.security.Caller;
import org.c2desk.web.api.v1.Views.CiSummary;
import org.c2desk.web.api.v1.Views.CiView;
import org.c2desk.web.api.v1.Views.CustomFieldValue;
import org.c2desk.web.api.v1.Views.Names;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/v1/cis}: list, read, create and change configuration items. The list is the C2 API's CI/List
 * ({@link CiQueries}, keyset paging); creation and changes are {@link CiService}'s.
 */
@Path("cis")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "CIs")
public class CisResource {

    /** The service's field names in refusals, as this API names them. */
    private static final RefusalNames NAMES = new RefusalNames()
            .name("CIFolderId", "folderId")
            .name("CategoryId", "categoryId")
            .name("CITypeId", "typeId")
            .name("StateId", "stateId")
            .name("OwnerId", "ownerId")
            .name("Tags", "tags")
            .name("ExternalId", "externalId")
            .name("IsActive", "active")
            .name("EnglishName", "name.en")
            .name("FrenchName", "name.fr")
            .name("EnglishDescription", "description.en")
            .name("FrenchDescription", "description.fr");

    private static final PatchFlow<CiPatch> PATCH = new PatchFlow<>(CiPatch.class, NAMES);

    @EJB
    CiService cis;

    @EJB
    CiQueries queries;

    @Context
    SecurityContext security;

    @Context
    UriInfo uri;

    @GET
    @Operation(
            summary = "List CIs",
            description = "Configuration items the caller may see, by English name (or"
                    + " sort=ciNumber, sort=lastModifiedOn), one page at a time (keyset paging: follow nextCursor).")
    @APIResponse(responseCode = "200", description = "A page of CIs")
    public Views.Page<CiSummary> list(
            @QueryParam("folder") @Parameter(description = "A CI folder id (not its sub-folders)") String folder,
            @QueryParam("category") @Parameter(description = "A CI category id") String category,
            @QueryParam("type") @Parameter(description = "A CI type id") String type,
            @QueryParam("state") @Parameter(description = "A CI state id") String state,
            @QueryParam("owner") @Parameter(description = "A client id: the CIs this client owns") String owner,
            @QueryParam("q") @Parameter(description = "The beginning of the English or French name, any case") String q,
            @QueryParam("active") @Parameter(description = "true or false") String active,
            @QueryParam("modifiedSince") @Parameter(description = "ISO-8601 date-time, e.g. 2025-07-01T00:00:00Z")
                    String modifiedSince,
            @QueryParam("sort") @Parameter(description = "name (default), ciNumber or lastModifiedOn") String sort,
            @QueryParam("direction") @Parameter(description = "asc or desc (default: the sort's own)") String direction,
            @QueryParam("cursor") @Parameter(description = "The nextCursor of the previous page") String cursor,
            @QueryParam("limit") @Parameter(description = "CIs per page, 1 to 200 (default 50)") String limit) {
        Caller caller = caller();
        int size = Params.limit(limit, PageRequest.MAX_SIZE);
        try {
            CiFilter filter = new CiFilter(
                    Params.uuid("folder", folder),
                    Params.uuid("category", category),
                    Params.uuid("type", type),
                    Params.uuid("state", state),
                    Params.uuid("owner", owner),
                    Params.searchText(q),
                    Params.bool("active", active),
                    Params.dateTime("modifiedSince", modifiedSince));
            Page<CiListRow> page = queries.list(
                    caller, filter, CiSort.named(sort), Params.direction(direction), new PageRequest(size, cursor));
            return new Views.Page<>(
                    page.items().stream().map(CisResource::summary).toList(), page.nextCursor());
        } catch (ValidationException e) {
            throw NAMES.renamed(e);
        }
    }

    @GET
    @Path("{id}")
    @Operation(
            summary = "Read a CI",
            description = "With its custom fields; the ETag header carries its version, to"
                    + " send back in If-Match when changing it.")
    @APIResponse(
            responseCode = "200",
            description = "The CI",
            content = @Content(schema = @Schema(implementation = CiView.class)))
    @APIResponse(responseCode = "404", description = "No such CI, or not visible to the caller")
    public Response get(@PathParam("id") String id) {
        ConfigurationItem ci = cis.find(caller(), Params.pathUuid(id));
        return Response.ok(view(ci))
                .header(HttpHeaders.ETAG, ETags.of(ci.getVersion()))
                .build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Create a CI",
            description = "folderId, categoryId and name.en are required (name.fr defaults"
                    + " to name.en); a typeId must belong to the category. customFields are keyed by sequence number or"
                    + " definition id of the CI's form (its type's sections and the shared ones).")
    @RequestBody(content = @Content(schema = @Schema(implementation = CiCreate.class)))
    @APIResponse(
            responseCode = "201",
            description = "Created; Location and ETag headers",
            content = @Content(schema = @Schema(implementation = CiView.class)))
    @APIResponse(responseCode = "400", description = "A value is refused; the problem names the field")
    @APIResponse(responseCode = "403", description = "The caller may not create CIs")
    public Response create(String body) {
        Caller caller = caller();
        BodyBinder.Bound<CiCreate> bound = BodyBinder.bind(body, CiCreate.class);
        CiCreate in = bound.body();
        UUID folderId = BodyBinder.requiredUuid(in.folderId(), "folderId");
        UUID categoryId = BodyBinder.requiredUuid(in.categoryId(), "categoryId");
        if (in.name() == null) {
            throw new InvalidInputException(
                    "name.en", "name.en is required: send \"name\": {\"en\": ..., \"fr\": ...}");
        }
        String english = BodyBinder.requiredText(in.name().en(), "name.en");
        Names description = in.description();
        Map<String, String> byKey = bound.customFields();
        ConfigurationItem ci;
        try {
            ci = cis.create(
                    caller,
                    new NewCi(
                            folderId,
                            categoryId,
                            in.typeId(),
                            in.stateId(),
                            in.ownerId(),
                            english,
                            in.name().fr(),
                            description == null ? null : description.en(),
                            description == null ? null : description.fr(),
                            in.tags(),
                            in.externalId(),
                            in.active(),
                            byKey.isEmpty() ? Map.of() : resolve(in.typeId(), byKey)));
        } catch (ValidationException e) {
            throw NAMES.renamed(e, () -> form(in.typeId()), byKey);
        }
        ConfigurationItem fresh = cis.find(caller, ci.getId());
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(fresh.getId().toString())
                        .build())
                .entity(view(fresh))
                .header(HttpHeaders.ETAG, ETags.of(fresh.getVersion()))
                .build();
    }

    /** Custom field keys of the form a CI of that type has (its type's sections and the shared ones). */
    private Map<UUID, String> resolve(UUID typeId, Map<String, String> byKey) {
        return CustomFields.byDefinitionId(cis.typeLayout(caller(), typeId), byKey, "customFields.");
    }

    /** The custom fields of a CI of the type, without values: what a refusal's custom field is looked up in. */
    private List<FieldView> form(UUID typeId) {
        return cis.blankForm(caller(), typeId, ZoneOffset.UTC, Locale.ENGLISH);
    }

    @PATCH
    @Path("{id}")
    @Consumes({"application/merge-patch+json", MediaType.APPLICATION_JSON})
    @Operation(
            summary = "Change a CI",
            description = "JSON merge patch: only the fields sent change (null clears one;"
                    + " name and description change language by language), all or none. If-Match must carry the ETag read:"
                    + " without it 428, if the CI changed meanwhile 412 with the current ETag and nothing written.")
    @RequestBody(content = @Content(schema = @Schema(implementation = CiPatch.class)))
    @APIResponse(
            responseCode = "200",
            description = "Changed; the new ETag",
            content = @Content(schema = @Schema(implementation = CiView.class)))
    @APIResponse(responseCode = "400", description = "A value is refused; the problem names the field")
    @APIResponse(responseCode = "412", description = "Changed since read: the problem gives the current ETag")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response patch(
            @PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "The ETag read, e.g. \"3\"") String ifMatch,
            String body) {
        Caller caller = caller();
        UUID ciId = Params.pathUuid(id);
        PATCH.apply(
                ifMatch,
                body,
                (expected, patch) -> cis.update(caller, ciId, expected, changes(patch), patch.customFields()),
                () -> cis.formOf(caller, cis.find(caller, ciId), ZoneOffset.UTC, Locale.ENGLISH)
                        .fields());
        ConfigurationItem fresh = cis.find(caller, ciId);
        return Response.ok(view(fresh))
                .header(HttpHeaders.ETAG, ETags.of(fresh.getVersion()))
                .build();
    }

    /** The change a patch asks for: each member sent, null clearing it; name and description language by language. */
    private static CiChanges changes(BodyBinder.Bound<CiPatch> patch) {
        CiPatch p = patch.body();
        CiChanges.Builder changes = CiChanges.builder();
        if (patch.sent("name")) {
            Names name = present(p.name(), "name");
            patch.ifSent("name.en", name::en, changes::englishName);
            patch.ifSent("name.fr", name::fr, changes::frenchName);
        }
        if (patch.sent("description")) {
            Names description = present(p.description(), "description");
            patch.ifSent("description.en", description::en, changes::englishDescription);
            patch.ifSent("description.fr", description::fr, changes::frenchDescription);
        }
        patch.ifSent("folderId", p::folderId, changes::folderId);
        patch.ifSent("categoryId", p::categoryId, changes::categoryId);
        patch.ifSent("typeId", p::typeId, changes::typeId);
        patch.ifSent("stateId", p::stateId, changes::stateId);
        patch.ifSent("ownerId", p::ownerId, changes::ownerId);
        patch.ifSent("tags", p::tags, changes::tags);
        patch.ifSent("externalId", p::externalId, changes::externalId);
        patch.ifSent("active", p::active, changes::active);
        return changes.build();
    }

    /** {@code "name": null} cannot clear both languages: the English name is required. */
    private static Names present(Names names, String member) {
        if (names == null) {
            throw new InvalidInputException(
                    member, member + ": expected an object such as {\"en\": ..., \"fr\": ...}, got null");
        }
        return names;
    }

    // --- shapes -------------------------------------------------------------------------------------------------

    /** The body of POST /cis. */
    @Schema(name = "CiCreate")
    public record CiCreate(
            @Schema(required = true) UUID folderId,
            @Schema(required = true) UUID categoryId,

            @Schema(required = true, description = "en is required; fr defaults to en")
            Names name,

            Names description,

            @Schema(description = "A type of the category, or none")
            UUID typeId,

            UUID stateId,
            @Schema(description = "A client") UUID ownerId,
            String tags,
            String externalId,
            @Schema(description = "Default true") Boolean active,

            @Schema(description = "Values keyed by sequence number or definition id")
            Map<String, String> customFields) {}

    /** The body of PATCH /cis/{id}: any subset. */
    @Schema(name = "CiPatch", description = "JSON merge patch: send only what changes; null clears a field")
    public record CiPatch(
            Names name,
            Names description,
            UUID folderId,
            UUID categoryId,
            UUID typeId,
            UUID stateId,
            UUID ownerId,
            String tags,
            String externalId,
            Boolean active,
            Map<String, String> customFields) {}

    private Caller caller() {
        return ApiPrincipal.of(security).caller();
    }

    private static CiSummary summary(CiListRow r) {
        return new CiSummary(
                r.id(),
                r.ciNumber(),
                Names.of(r.name()),
                r.folderId(),
                r.categoryId(),
                r.typeId(),
                Names.of(r.typeName()),
                r.stateId(),
                r.ownerId(),
                r.ownerName(),
                r.active(),
                r.lastModifiedOn());
    }

    private CiView view(ConfigurationItem ci) {
        List<CustomFieldValue> fields = CustomFieldValue.of(
                cis.formOf(caller(), ci, ZoneOffset.UTC, Locale.ENGLISH).fields());
        return new CiView(
                ci.getId(),
                ci.getCiNumber(),
                Names.of(ci.getName()),
                Names.of(ci.getDescription()),
                ci.getFolder().getId(),
                ci.getCategory().getId(),
                ci.getType() == null ? null : ci.getType().getId(),
                ci.getState() == null ? null : ci.getState().getId(),
                ci.getOwner() == null ? null : ci.getOwner().getId(),
                ci.getTags(),
                ci.getExternalId(),
                ci.isActive(),
                fields,
                ci.getAudit().createdBy(),
                ci.getAudit().createdOn(),
                ci.getAudit().lastModifiedBy(),
                ci.getAudit().lastModifiedOn(),
                ci.getVersion());
    }
}
