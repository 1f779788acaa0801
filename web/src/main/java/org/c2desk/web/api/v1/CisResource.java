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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.c2desk.cmdb.CiFilter;
import org.c2desk.cmdb.CiListRow;
import org.c2desk.cmdb.CiQueries;
import org.c2desk.cmdb.CiService;
import org.c2desk.cmdb.CiSort;
import org.c2desk.cmdb.ConfigurationItem;
import org.c2desk.cmdb.NewCi;
import org.c2desk.customfield.CustomFields;
import org.c2desk.customfield.OwnerKind;
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

    /** What a PATCH may change at the top level. */
    private static final PatchFields PATCHABLE = new PatchFields()
            .add("folderId", "CIFolderId", PatchKind.UUID)
            .add("categoryId", "CategoryId", PatchKind.UUID)
            .add("typeId", "CITypeId", PatchKind.UUID)
            .add("stateId", "StateId", PatchKind.UUID)
            .add("ownerId", "OwnerId", PatchKind.UUID)
            .add("tags", "Tags", PatchKind.TEXT)
            .add("externalId", "ExternalId", PatchKind.TEXT)
            .add("active", "IsActive", PatchKind.BOOLEAN);

    /** The service's field names in refusals, as this API names them. */
    private static final Map<String, String> V1_NAMES = new LinkedHashMap<>(Params.LIST_NAMES);

    static {
        PATCHABLE.addV1Names(V1_NAMES);
        V1_NAMES.put("EnglishName", "name.en");
        V1_NAMES.put("FrenchName", "name.fr");
        V1_NAMES.put("EnglishDescription", "description.en");
        V1_NAMES.put("FrenchDescription", "description.fr");
    }

    private static final List<String> LANGUAGES = List.of("en", "fr");

    @EJB
    CiService cis;

    @EJB
    CiQueries queries;

    @EJB
    CustomFields customFields;

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
            throw Params.renamed(e, V1_NAMES);
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
        JsonInput in = JsonInput.parse(body);
        in.onlyKnown(CiCreate.FIELDS);
        UUID folderId = in.requiredUuid("folderId");
        UUID categoryId = in.requiredUuid("categoryId");
        JsonInput name = in.object("name");
        if (name == null) {
            throw new InvalidInputException(
                    "name.en", "name.en is required: send \"name\": {\"en\": ..., \"fr\": ...}");
        }
        name.onlyKnown(LANGUAGES);
        String english = name.requiredText("en");
        JsonInput description = in.object("description");
        if (description != null) {
            description.onlyKnown(LANGUAGES);
        }
        Map<String, String> byKey = in.customFields("customFields");
        ConfigurationItem ci;
        try {
            ci = cis.create(
                    caller,
                    new NewCi(
                            folderId,
                            categoryId,
                            in.uuid("typeId"),
                            in.uuid("stateId"),
                            in.uuid("ownerId"),
                            english,
                            name.text("fr"),
                            description == null ? null : description.text("en"),
                            description == null ? null : description.text("fr"),
                            in.text("tags"),
                            in.text("externalId"),
                            in.bool("active"),
                            byKey.isEmpty() ? Map.of() : resolve(in.uuid("typeId"), byKey)));
        } catch (ValidationException e) {
            throw renamed(e, customFields.layout(org.c2desk.customfield.FormKind.CI, in.uuid("typeId")), byKey);
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
        return customFields.byDefinitionId(
                customFields.layout(org.c2desk.customfield.FormKind.CI, typeId), byKey, "customFields.");
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
        long expected = ETags.expectedVersion(ifMatch);
        JsonInput in = JsonInput.parse(body);
        in.onlyKnown(PATCHABLE.members("name", "description", "customFields"));
        Map<String, String> changes = new LinkedHashMap<>();
        localized(in, "name", "EnglishName", "FrenchName", changes);
        localized(in, "description", "EnglishDescription", "FrenchDescription", changes);
        changes.putAll(PATCHABLE.changes(in));
        Map<String, String> custom = in.customFields("customFields");
        try {
            cis.updateProperties(caller, ciId, expected, changes, custom);
        } catch (ValidationException e) {
            throw renamed(e, cis.layoutOf(cis.find(caller, ciId)), custom);
        }
        ConfigurationItem fresh = cis.find(caller, ciId);
        return Response.ok(view(fresh))
                .header(HttpHeaders.ETAG, ETags.of(fresh.getVersion()))
                .build();
    }

    /** {@code "name": {"en": ..., "fr": ...}} in a patch: each language sent is a change. */
    private static void localized(
            JsonInput in, String member, String english, String french, Map<String, String> changes) {
        if (in.has(member) && in.raw().isNull(member)) {
            throw new InvalidInputException(
                    member, member + ": expected an object such as {\"en\": ..., \"fr\": ...}," + " got null");
        }
        JsonInput names = in.object(member);
        if (names == null) {
            return;
        }
        names.onlyKnown(LANGUAGES);
        if (names.has("en")) {
            changes.put(english, names.text("en"));
        }
        if (names.has("fr")) {
            changes.put(french, names.text("fr"));
        }
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
            Map<String, String> customFields) {
        static final List<String> FIELDS = List.of(
                "folderId",
                "categoryId",
                "name",
                "description",
                "typeId",
                "stateId",
                "ownerId",
                "tags",
                "externalId",
                "active",
                "customFields");
    }

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

    /** A service refusal with its field as this API names it, a custom field's (of {@code form}) included. */
    private ValidationException renamed(
            ValidationException e, List<org.c2desk.customfield.FieldSection> form, Map<String, String> custom) {
        ValidationException renamed = Params.renamed(e, V1_NAMES);
        if (renamed != e || e.field() == null || e.field().startsWith("customFields.")) {
            return renamed;
        }
        return CustomFieldNames.renamed(e, customFields.read(OwnerKind.CI, new UUID(0, 0), form), custom);
    }

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
        List<CustomFieldValue> fields =
                CustomFieldValue.of(customFields.read(OwnerKind.CI, ci.getId(), cis.layoutOf(ci)));
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
