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
import java.io.IOException;
import java.io.InputStream;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.BiConsumer;
import org.c2desk.customfield.CustomFields;
import org.c2desk.customfield.FieldView;
import org.c2desk.platform.ValidationException;
import org.c2desk.security.Caller;
import org.c2desk.ticket.Attachment;
import org.c2desk.ticket.NewTicket;
import org.c2desk.ticket.Ticket;
import org.c2desk.ticket.TicketAssignee;
import org.c2desk.ticket.TicketAttachments;
import org.c2desk.ticket.TicketClient;
import org.c2desk.ticket.TicketCommunication;
import org.c2desk.ticket.TicketConversation;
import org.c2desk.ticket.TicketEdit;
import org.c2desk.ticket.TicketSearch;
import org.c2desk.ticket.TicketService;
import org.c2desk.web.api.v1.Views.AttachmentView;
import org.c2desk.web.api.v1.Views.CommunicationView;
import org.c2desk.web.api.v1.Views.CustomFieldValue;
import org.c2desk.web.api.v1.Views.Page;
import org.c2desk.web.api.v1.Views.TicketSummary;
import org.c2desk.web.api.v1.Views.TicketView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/v1/tickets}: list, read, open and change tickets; their communications and attachments. */
@Path("tickets")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tickets")
public class TicketsResource {

    /**
     * What a PATCH may change at the top level, each member read with its JSON type into the edit (null clears a
     * field; a summary sent null is blank, which the service refuses).
     */
    private static final Map<String, BiConsumer<TicketEdit.Builder, JsonInput>> PATCHABLE = new LinkedHashMap<>();

    static {
        PATCHABLE.put("summary", (edit, in) -> edit.summary(Objects.requireNonNullElse(in.text("summary"), "")));
        PATCHABLE.put("description", (edit, in) -> edit.description(in.text("description")));
        PATCHABLE.put("statusId", (edit, in) -> edit.status(in.requiredUuid("statusId")));
        PATCHABLE.put("queueId", (edit, in) -> edit.queue(in.uuid("queueId")));
        PATCHABLE.put("priorityId", (edit, in) -> edit.priority(in.uuid("priorityId")));
        PATCHABLE.put("urgencyId", (edit, in) -> edit.urgency(in.uuid("urgencyId")));
        PATCHABLE.put("impactId", (edit, in) -> edit.impact(in.uuid("impactId")));
        PATCHABLE.put("originId", (edit, in) -> edit.origin(in.uuid("originId")));
        PATCHABLE.put("stateId", (edit, in) -> edit.state(in.uuid("stateId")));
        PATCHABLE.put("changeTypeId", (edit, in) -> edit.changeType(in.uuid("changeTypeId")));
        PATCHABLE.put("closingReasonId", (edit, in) -> edit.closingReason(in.uuid("closingReasonId")));
        PATCHABLE.put("resolutionTypeId", (edit, in) -> edit.resolutionType(in.uuid("resolutionTypeId")));
        PATCHABLE.put("dueDate", (edit, in) -> edit.dueDate(in.dateTime("dueDate")));
        PATCHABLE.put("externalId", (edit, in) -> edit.externalId(in.text("externalId")));
        PATCHABLE.put("technicalResolution", (edit, in) -> edit.technicalResolution(in.text("technicalResolution")));
        PATCHABLE.put("clientResolution", (edit, in) -> edit.clientResolution(in.text("clientResolution")));
    }

    static final long MAX_ATTACHMENT_BYTES = TicketAttachments.MAX_ATTACHMENT_BYTES;

    /** Both upload methods describe both ways: OpenAPI has one POST per path. */
    private static final String ATTACH = "The request body is the file itself, its Content-Type the file's type,"
            + " and Content-Disposition names it: attachment; filename=\"report.pdf\" (or filename*=UTF-8''...)."
            + " At most 10 MB (10485760 bytes): larger bodies are refused with 413. Query parameter public=false keeps"
            + " the file from the client. Or an HTML form upload (multipart/form-data): a part named file (its"
            + " filename and Content-Type are the file's) and optionally a part named public (false keeps the file"
            + " from the client).";

    private static final String ATTACHED_BODY = "The file's bytes, or a form holding it (at most 10 MB)";

    @EJB
    TicketService tickets;

    @EJB
    TicketConversation conversation;

    @EJB
    TicketAttachments attachments;

    @EJB
    TicketSearch search;

    @Context
    SecurityContext security;

    @Context
    UriInfo uri;

    @GET
    @Operation(
            summary = "List tickets",
            description = "Tickets the caller may see, most recently changed first,"
                    + " one page at a time (keyset paging: follow nextCursor).")
    @APIResponse(responseCode = "200", description = "A page of tickets")
    public Page<TicketSummary> list(
            @QueryParam("status") @Parameter(description = "A status id") String status,
            @QueryParam("queue") @Parameter(description = "A queue id") String queue,
            @QueryParam("enterprise") @Parameter(description = "An enterprise id") String enterprise,
            @QueryParam("client") @Parameter(description = "A client id") String client,
            @QueryParam("assignee") @Parameter(description = "A resource id") String assignee,
            @QueryParam("modifiedSince") @Parameter(description = "ISO-8601 date-time, e.g. 2025-07-01T00:00:00Z")
                    String modifiedSince,
            @QueryParam("q") @Parameter(description = "Words of the summary or description, or a ticket number")
                    String q,
            @QueryParam("cursor") @Parameter(description = "The nextCursor of the previous page") String cursor,
            @QueryParam("limit") @Parameter(description = "Tickets per page, 1 to 200 (default 50)") String limit) {
        Caller caller = caller();
        int size = Params.limit(limit, TicketSearch.MAX_LIMIT);
        TicketSearch.Filter filter = new TicketSearch.Filter(
                Params.uuid("status", status),
                Params.uuid("queue", queue),
                Params.uuid("enterprise", enterprise),
                Params.uuid("client", client),
                Params.uuid("assignee", assignee),
                Params.dateTime("modifiedSince", modifiedSince),
                Params.searchText(q));
        List<TicketSearch.Summary> found =
                search.find(caller, filter, cursor == null || cursor.isBlank() ? null : Cursors.ticket(cursor), size);
        String next = null;
        if (found.size() > size) {
            found = found.subList(0, size);
            TicketSearch.Summary last = found.get(size - 1);
            next = Cursors.ticket(new TicketSearch.Cursor(last.lastModifiedOn(), last.id()));
        }
        return new Page<>(
                found.stream()
                        .map(s -> new TicketSummary(
                                s.id(),
                                s.sequenceNumber(),
                                s.summary(),
                                s.ticketTypeId(),
                                s.statusId(),
                                s.statusCode(),
                                s.queueId(),
                                s.enterpriseId(),
                                s.dueDate(),
                                s.createdOn(),
                                s.lastModifiedOn(),
                                s.version()))
                        .toList(),
                next);
    }

    @GET
    @Path("{id}")
    @Operation(
            summary = "Read a ticket",
            description = "With its custom fields; the ETag header carries its version,"
                    + " to send back in If-Match when changing it.")
    @APIResponse(
            responseCode = "200",
            description = "The ticket",
            content = @Content(schema = @Schema(implementation = TicketView.class)))
    @APIResponse(responseCode = "404", description = "No such ticket, or not visible to the caller")
    public Response get(@PathParam("id") String id) {
        Caller caller = caller();
        Ticket ticket = tickets.find(caller, Params.pathUuid(id));
        return withETag(Response.ok(view(ticket)), ticket.getVersion());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Open a ticket",
            description =
                    "enterpriseId, ticketTypeId and summary are required;"
                            + " customFields are keyed by sequence number or definition id and must belong to the request's form.")
    @RequestBody(content = @Content(schema = @Schema(implementation = TicketCreate.class)))
    @APIResponse(
            responseCode = "201",
            description = "Created; Location and ETag headers",
            content = @Content(schema = @Schema(implementation = TicketView.class)))
    @APIResponse(responseCode = "400", description = "A value is refused; the problem names the field")
    @APIResponse(responseCode = "403", description = "The caller may not open tickets")
    public Response create(String body) {
        Caller caller = caller();
        JsonInput in = JsonInput.parse(body);
        in.onlyKnown(TicketCreate.FIELDS);
        UUID enterpriseId = in.requiredUuid("enterpriseId");
        UUID typeId = in.requiredUuid("ticketTypeId");
        String summary = in.requiredText("summary");
        UUID requestId = in.uuid("requestId");
        Map<String, String> byKey = in.customFields("customFields");
        Map<UUID, String> values = new LinkedHashMap<>();
        if (!byKey.isEmpty()) {
            if (requestId == null) {
                throw new InvalidInputException(
                        "customFields",
                        "customFields: a ticket has custom fields only"
                                + " through its request's form; give requestId");
            }
            values = CustomFields.byDefinitionId(tickets.requestLayout(caller, requestId), byKey, "customFields.");
        }
        NewTicket command = new NewTicket(
                enterpriseId,
                typeId,
                in.uuid("statusId"),
                in.uuid("queueId"),
                in.uuid("originId"),
                in.uuid("priorityId"),
                requestId,
                summary,
                in.text("description"),
                in.uuids("clientIds"),
                in.uuids("assigneeIds"),
                values);
        Ticket ticket;
        try {
            ticket = tickets.create(caller, command);
        } catch (ValidationException e) {
            throw customFieldNamed(
                    e,
                    requestId == null
                            ? List.of()
                            : tickets.requestForm(caller, requestId, ZoneOffset.UTC, Locale.ENGLISH),
                    byKey);
        }
        return withETag(
                Response.created(uri.getAbsolutePathBuilder()
                                .path(ticket.getId().toString())
                                .build())
                        .entity(view(tickets.find(caller, ticket.getId()))),
                ticket.getVersion());
    }

    @PATCH
    @Path("{id}")
    @Consumes({"application/merge-patch+json", MediaType.APPLICATION_JSON})
    @Operation(
            summary = "Change a ticket",
            description = "JSON merge patch: only the fields sent change (null clears"
                    + " one), all or none. If-Match must carry the ETag read: without it 428, if the ticket changed"
                    + " meanwhile 412 with the current ETag and nothing written.")
    @RequestBody(content = @Content(schema = @Schema(implementation = TicketPatch.class)))
    @APIResponse(
            responseCode = "200",
            description = "Changed; the new ETag",
            content = @Content(schema = @Schema(implementation = TicketView.class)))
    @APIResponse(responseCode = "400", description = "A value is refused; the problem names the field")
    @APIResponse(responseCode = "412", description = "Changed since read: the problem gives the current ETag")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response patch(
            @PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "The ETag read, e.g. \"3\"") String ifMatch,
            String body) {
        Caller caller = caller();
        UUID ticketId = Params.pathUuid(id);
        long expected = ETags.expectedVersion(ifMatch);
        JsonInput in = JsonInput.parse(body);
        List<String> members = new ArrayList<>(PATCHABLE.keySet());
        members.add("customFields");
        in.onlyKnown(members);
        TicketEdit.Builder edit = TicketEdit.change();
        PATCHABLE.forEach((member, read) -> {
            if (in.has(member)) {
                read.accept(edit, in);
            }
        });
        Map<String, String> custom = in.customFields("customFields");
        Ticket ticket;
        try {
            ticket = tickets.update(
                    caller, ticketId, expected, edit.customFields(custom).build());
        } catch (ValidationException e) {
            throw customFieldNamed(
                    e, tickets.formOf(caller, tickets.find(caller, ticketId)).fields(), custom);
        }
        Ticket fresh = tickets.find(caller, ticket.getId());
        return withETag(Response.ok(view(fresh)), fresh.getVersion());
    }

    @GET
    @Path("{id}/communications")
    @Operation(
            summary = "The communications of a ticket",
            description = "Public replies and internal notes, oldest first")
    public List<CommunicationView> communications(@PathParam("id") String id) {
        return conversation.communicationsOf(caller(), Params.pathUuid(id)).stream()
                .map(TicketsResource::view)
                .toList();
    }

    @POST
    @Path("{id}/communications")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Add a communication",
            description = "isPublic: true sends a reply that reaches the"
                    + " client; false (the default) adds an internal note. body is required.")
    @RequestBody(content = @Content(schema = @Schema(implementation = CommunicationCreate.class)))
    @APIResponse(
            responseCode = "201",
            description = "Added",
            content = @Content(schema = @Schema(implementation = CommunicationView.class)))
    public Response addCommunication(@PathParam("id") String id, String body) {
        Caller caller = caller();
        UUID ticketId = Params.pathUuid(id);
        JsonInput in = JsonInput.parse(body);
        in.onlyKnown(List.of("isPublic", "subject", "body"));
        Boolean isPublic = in.bool("isPublic");
        TicketCommunication added = conversation.addCommunication(
                caller, ticketId, Boolean.TRUE.equals(isPublic), in.text("subject"), in.requiredText("body"));
        return Response.created(uri.getAbsolutePathBuilder().build())
                .entity(view(added))
                .build();
    }

    @GET
    @Path("{id}/attachments")
    @Operation(summary = "The files attached to a ticket", description = "Without their bytes: follow href")
    public List<AttachmentView> attachments(@PathParam("id") String id) {
        return attachments.attachmentsOf(caller(), Params.pathUuid(id)).stream()
                .map(this::view)
                .toList();
    }

    @POST
    @Path("{id}/attachments")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Attach a file", description = ATTACH)
    @RequestBody(
            description = ATTACHED_BODY,
            content = {
                @Content(
                        mediaType = "application/octet-stream",
                        schema =
                                @Schema(
                                        type = SchemaType.STRING,
                                        format = "binary",
                                        maxLength = (int) MAX_ATTACHMENT_BYTES)),
                @Content(
                        mediaType = MediaType.MULTIPART_FORM_DATA,
                        schema = @Schema(implementation = AttachmentForm.class))
            })
    @APIResponse(
            responseCode = "201",
            description = "Attached",
            content = @Content(schema = @Schema(implementation = AttachmentView.class)))
    @APIResponse(responseCode = "413", description = "Over 10 MB")
    public Response attach(
            @PathParam("id") String id,
            @HeaderParam("Content-Disposition") String disposition,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @HeaderParam(HttpHeaders.CONTENT_LENGTH) String contentLength,
            @QueryParam("public") @Parameter(description = "false: hidden from the client (default true)")
                    String isPublic,
            InputStream content)
            throws IOException {
        Caller caller = caller();
        UUID ticketId = Params.pathUuid(id);
        String fileName = Params.fileName(disposition);
        if (fileName == null) {
            throw new InvalidInputException(
                    "Content-Disposition",
                    "Content-Disposition: name the file, e.g." + " attachment; filename=\"report.pdf\"");
        }
        if (contentLength != null
                && contentLength.matches("\\d{1,18}")
                && Long.parseLong(contentLength) > MAX_ATTACHMENT_BYTES) {
            throw tooLarge();
        }
        byte[] bytes = content == null ? new byte[0] : content.readNBytes((int) MAX_ATTACHMENT_BYTES + 1);
        if (bytes.length > MAX_ATTACHMENT_BYTES) {
            throw tooLarge();
        }
        boolean visible = isPublic == null || !isPublic.equalsIgnoreCase("false");
        Attachment attachment = attachments.attach(caller, ticketId, fileName, contentType, bytes, visible);
        return Response.created(uri.getBaseUriBuilder()
                        .path("attachments")
                        .path(attachment.getId().toString())
                        .build())
                .entity(view(attachment))
                .build();
    }

    @POST
    @Path("{id}/attachments")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Attach a file", description = ATTACH)
    @RequestBody(
            description = ATTACHED_BODY,
            content = {
                @Content(
                        mediaType = "application/octet-stream",
                        schema =
                                @Schema(
                                        type = SchemaType.STRING,
                                        format = "binary",
                                        maxLength = (int) MAX_ATTACHMENT_BYTES)),
                @Content(
                        mediaType = MediaType.MULTIPART_FORM_DATA,
                        schema = @Schema(implementation = AttachmentForm.class))
            })
    @APIResponse(
            responseCode = "201",
            description = "Attached",
            content = @Content(schema = @Schema(implementation = AttachmentView.class)))
    @APIResponse(responseCode = "413", description = "Over 10 MB")
    public Response attachForm(@PathParam("id") String id, List<jakarta.ws.rs.core.EntityPart> parts)
            throws IOException {
        Caller caller = caller();
        UUID ticketId = Params.pathUuid(id);
        jakarta.ws.rs.core.EntityPart file = null;
        Boolean visible = null;
        for (jakarta.ws.rs.core.EntityPart part : parts == null ? List.<jakarta.ws.rs.core.EntityPart>of() : parts) {
            if ("file".equals(part.getName()) && file == null) {
                file = part;
            } else if ("public".equals(part.getName())) {
                visible = Params.bool(
                        "public",
                        new String(part.getContent().readNBytes(16), java.nio.charset.StandardCharsets.UTF_8).strip());
            } else {
                throw new InvalidInputException(
                        part.getName(),
                        part.getName() + ": not a part of this form; send" + " file (and optionally public)");
            }
        }
        if (file == null) {
            throw new InvalidInputException("file", "file is required: a part named file holding the file");
        }
        String fileName = file.getFileName()
                .filter(n -> !n.isBlank())
                .orElseThrow(() -> new InvalidInputException(
                        "file",
                        "file: the part names no filename (Content-Disposition: form-data; name=\"file\";"
                                + " filename=\"report.pdf\")"));
        fileName = Params.utf8(fileName);
        byte[] bytes = file.getContent().readNBytes((int) MAX_ATTACHMENT_BYTES + 1);
        if (bytes.length > MAX_ATTACHMENT_BYTES) {
            throw tooLarge();
        }
        String contentType = file.getMediaType() == null
                ? MediaType.APPLICATION_OCTET_STREAM
                : file.getMediaType().toString();
        Attachment attachment =
                attachments.attach(caller, ticketId, fileName, contentType, bytes, visible == null || visible);
        return Response.created(uri.getBaseUriBuilder()
                        .path("attachments")
                        .path(attachment.getId().toString())
                        .build())
                .entity(view(attachment))
                .build();
    }

    /** The form of a multipart upload, for the OpenAPI document. */
    @Schema(name = "AttachmentForm")
    public record AttachmentForm(
            @Schema(
                    required = true,
                    type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                    format = "binary",
                    description = "The file, with its filename")
            String file,

            @Schema(name = "public", description = "false: hidden from the client (default true)")
            Boolean isPublic) {}

    private static PayloadTooLargeException tooLarge() {
        return new PayloadTooLargeException("An attachment holds at most " + MAX_ATTACHMENT_BYTES + " bytes (10 MB)");
    }

    // --- shapes -------------------------------------------------------------------------------------------------

    /** The body of POST /tickets. */
    @Schema(name = "TicketCreate")
    public record TicketCreate(
            @Schema(required = true) UUID enterpriseId,
            @Schema(required = true) UUID ticketTypeId,

            @Schema(required = true, maxLength = Ticket.SUMMARY_LENGTH)
            String summary,

            String description,
            UUID statusId,
            UUID queueId,
            UUID originId,
            UUID priorityId,

            @Schema(description = "A request form of the catalogue: its form gives the custom fields")
            UUID requestId,

            List<UUID> clientIds,
            List<UUID> assigneeIds,

            @Schema(description = "Values keyed by sequence number or definition id")
            Map<String, String> customFields) {
        static final List<String> FIELDS = List.of(
                "enterpriseId",
                "ticketTypeId",
                "summary",
                "description",
                "statusId",
                "queueId",
                "originId",
                "priorityId",
                "requestId",
                "clientIds",
                "assigneeIds",
                "customFields");
    }

    /** The body of PATCH /tickets/{id}: any subset. */
    @Schema(name = "TicketPatch", description = "JSON merge patch: send only what changes; null clears a field")
    public record TicketPatch(
            String summary,
            String description,
            UUID statusId,
            UUID queueId,
            UUID priorityId,
            UUID urgencyId,
            UUID impactId,
            UUID originId,
            UUID stateId,
            UUID changeTypeId,
            UUID closingReasonId,
            UUID resolutionTypeId,
            OffsetDateTime dueDate,
            String externalId,
            String technicalResolution,
            String clientResolution,
            Map<String, String> customFields) {}

    @Schema(name = "CommunicationCreate")
    public record CommunicationCreate(
            @Schema(description = "true: public reply; false (default): internal note")
            Boolean isPublic,

            String subject,
            @Schema(required = true) String body) {}

    private Caller caller() {
        return ApiPrincipal.of(security).caller();
    }

    private static Response withETag(Response.ResponseBuilder response, long version) {
        return response.header(HttpHeaders.ETAG, ETags.of(version)).build();
    }

    /**
     * A service refusal naming a custom field of {@code form} by the key this API sent it under; the service names the
     * other fields by its commands' components, which are this API's names.
     */
    private ValidationException customFieldNamed(
            ValidationException e, List<FieldView> form, Map<String, String> custom) {
        if (e.field() == null || e.field().startsWith("customFields.") || form.isEmpty()) {
            return e;
        }
        return CustomFieldNames.renamed(e, form, custom);
    }

    private TicketView view(Ticket t) {
        List<CustomFieldValue> fields =
                CustomFieldValue.of(tickets.formOf(caller(), t).fields());
        return new TicketView(
                t.getId(),
                t.getSequenceNumber(),
                t.getSummary(),
                t.getDescription(),
                t.getType().getId(),
                t.getStatus().getId(),
                t.getStatus().getCode(),
                t.getQueue() == null ? null : t.getQueue().getId(),
                t.getEnterprise().getId(),
                id(t.getPriority()),
                id(t.getUrgency()),
                id(t.getImpact()),
                id(t.getOrigin()),
                id(t.getState()),
                t.getRequest() == null ? null : t.getRequest().getId(),
                t.getDueDate(),
                t.getExternalId(),
                t.getTechnicalResolution(),
                t.getClientResolution(),
                t.getClients().stream()
                        .map(TicketClient::getClient)
                        .map(c -> c.getId())
                        .toList(),
                t.getAssignees().stream()
                        .map(TicketAssignee::getResource)
                        .map(r -> r.getId())
                        .toList(),
                fields,
                t.getAudit().createdBy(),
                t.getAudit().createdOn(),
                t.getAudit().lastModifiedBy(),
                t.getAudit().lastModifiedOn(),
                t.getVersion());
    }

    private static UUID id(org.c2desk.platform.LookupValue value) {
        return value == null ? null : value.getId();
    }

    static CommunicationView view(TicketCommunication c) {
        String author = c.getAuthorResource() != null
                ? c.getAuthorResource().getFullName()
                : c.getAuthorClient() != null ? c.getAuthorClient().getFullName() : null;
        return new CommunicationView(
                c.getId(),
                c.isPublic(),
                c.getChannel().name(),
                c.getSubject(),
                c.getBody(),
                c.getAuthorResource() == null ? null : c.getAuthorResource().getId(),
                c.getAuthorClient() == null ? null : c.getAuthorClient().getId(),
                author,
                c.getCreatedOn());
    }

    AttachmentView view(Attachment a) {
        return new AttachmentView(
                a.getId(),
                a.getFileName(),
                a.getContentType(),
                a.getSizeBytes(),
                a.getSha256(),
                a.isPublic(),
                a.getCreatedBy(),
                a.getCreatedOn(),
                uri.getBaseUriBuilder()
                        .path("attachments")
                        .path(a.getId().toString())
                        .build()
                        .toString());
    }
}
