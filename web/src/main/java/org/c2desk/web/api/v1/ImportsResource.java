package org.c2desk.web.api.v1;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.c2desk.batch.JobStarter;
import org.c2desk.imports.ImportKinds;
import org.c2desk.imports.ImportOptions;
import org.c2desk.imports.ImportReports;
import org.c2desk.imports.ImportRun;
import org.c2desk.imports.ImportRuns;
import org.c2desk.imports.UpsertKey;
import org.c2desk.platform.NotFoundException;
import org.c2desk.platform.ValidationException;
import org.c2desk.security.Caller;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/v1/imports}: CSV imports of clients or CIs for operators who script them. Upload a file (the request body,
 * named by Content-Disposition) with the options as query parameters; the import runs as a batch job: poll its
 * status, fetch the report of the rejected rows, stop or restart it. Needs the IMPORT permission (and CLIENT_CREATE
 * or CI_CREATE, CLIENT_EDIT or CI_EDIT with an upsert key, to import for real).
 */
@Path("imports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Imports")
public class ImportsResource {

    static final long MAX_FILE_BYTES = ImportRuns.MAX_FILE_SIZE;
    static final int MAX_LIMIT = 200;

    @EJB
    ImportRuns runs;

    @EJB
    ImportReports reports;

    @EJB
    ImportKinds kinds;

    @EJB
    JobStarter jobs;

    @Context
    SecurityContext security;

    @Context
    UriInfo uri;

    @Schema(name = "ImportOptions")
    public record OptionsView(
            @Schema(description = "true: validate the whole file and report, writing nothing")
            boolean dryRun,

            @Schema(description = "true: import only when no row is rejected")
            boolean allOrNothing,

            @Schema(
                    description = "What rows are matched on, so a re-run updates: clients EMAIL, USER_NAME or"
                            + " EXTERNAL_ID; CIs NAME_IN_FOLDER or EXTERNAL_ID; null: every row creates")
            String upsertKey,

            @Schema(description = "UTF-8 or windows-1252") String encoding) {}

    @Schema(name = "Import", description = "An import run and where its job stands")
    public record ImportView(
            UUID id,
            @Schema(description = "clients or cis") String kind,
            String fileName,
            long fileSizeBytes,
            OptionsView options,

            @Schema(
                    description = "NEW, RUNNING, VALIDATED (dry run done), COMPLETED, REFUSED (bad file, or"
                            + " all-or-nothing with rejections), FAILED, STOPPED")
            String status,

            @Schema(description = "The pass running or last run: VALIDATE or IMPORT")
            String phase,

            String message,

            @Schema(description = "Data records in the file, once counted (null before)")
            Long totalCount,

            long readCount,
            long insertedCount,
            long updatedCount,
            long rejectedCount,

            @Schema(description = "The last record committed (1 = the first after the header)")
            long lastRecord,

            @Schema(description = "Per cent of the current pass done")
            int percentDone,

            @Schema(description = "Records per second over the current pass")
            double rowsPerSecond,

            @Schema(description = "Estimated seconds left in the current pass (null: not known yet)")
            Long secondsLeft,

            @Schema(description = "true: FAILED or STOPPED, POST .../restart continues it")
            boolean restartable,

            @Schema(description = "Times its server stopped in the middle and another start took it back")
            int autoRestarts,

            OffsetDateTime createdOn,
            OffsetDateTime startedOn,
            OffsetDateTime endedOn,
            String startedBy,

            @Schema(description = "Where to fetch the CSV report of the rejected rows")
            String reportHref) {}

    @POST
    @Consumes(MediaType.WILDCARD)
    @Operation(
            summary = "Upload a CSV file and start its import",
            description = "The request body is the file"
                    + " itself (Content-Type text/csv or application/octet-stream), named by Content-Disposition: attachment;"
                    + " filename=\"clients.csv\"; kind=cis for CIs. At most 512 MB (536870912 bytes): larger bodies are refused with 413. The"
                    + " first line is the template's header (GET /api/v1/imports/template). Answers 202 with the import"
                    + " and its Location: poll it until its status is no longer NEW or RUNNING.")
    @RequestBody(
            description = "The CSV file's bytes",
            content =
                    @Content(
                            mediaType = "text/csv",
                            schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = 536870912)))
    @APIResponse(
            responseCode = "202",
            description = "Stored and started",
            content = @Content(schema = @Schema(implementation = ImportView.class)))
    @APIResponse(responseCode = "400", description = "A wrong option, no file name, an empty file")
    @APIResponse(
            responseCode = "403",
            description = "No IMPORT permission (or CLIENT_CREATE / CLIENT_EDIT, CI_CREATE /" + " CI_EDIT to write)")
    @APIResponse(responseCode = "413", description = "Over 512 MB")
    public Response upload(
            @HeaderParam("Content-Disposition") String disposition,
            @HeaderParam(HttpHeaders.CONTENT_LENGTH) String contentLength,
            @QueryParam("kind") @Parameter(description = "What the file holds: clients (the default) or cis")
                    String kind,
            @QueryParam("dryRun") @Parameter(description = "true: validate and report, write nothing (default false)")
                    String dryRun,
            @QueryParam("allOrNothing")
                    @Parameter(description = "true: import only if no row is rejected (default false)")
                    String allOrNothing,
            @QueryParam("upsertKey")
                    @Parameter(
                            description =
                                    "Clients: EMAIL, USER_NAME or EXTERNAL_ID; CIs: NAME_IN_FOLDER (the English name within the folder) or EXTERNAL_ID. Rows matching one update it (default: none, every row creates)")
                    String upsertKey,
            @QueryParam("encoding")
                    @Parameter(
                            description =
                                    "UTF-8 (the default; a file that is not valid UTF-8 is refused, naming the line) or windows-1252")
                    String encoding,
            InputStream content) {
        Caller caller = caller();
        ImportRun.Kind importKind = kind(kind);
        String fileName = Params.fileName(disposition);
        if (fileName == null) {
            throw new InvalidInputException(
                    "Content-Disposition",
                    "Content-Disposition: name the file, e.g." + " attachment; filename=\"clients.csv\"");
        }
        if (contentLength != null
                && contentLength.matches("\\d{1,18}")
                && Long.parseLong(contentLength) > MAX_FILE_BYTES) {
            throw tooLarge();
        }
        ImportOptions options = new ImportOptions(
                Boolean.TRUE.equals(Params.bool("dryRun", dryRun)),
                Boolean.TRUE.equals(Params.bool("allOrNothing", allOrNothing)),
                upsertKey(upsertKey),
                windows1252(encoding));
        ImportRun run;
        try {
            run = runs.create(
                    caller, importKind, fileName, content == null ? InputStream.nullInputStream() : content, options);
        } catch (ValidationException e) {
            if ("error.tooLarge".equals(e.messageKey())) {
                throw tooLarge();
            }
            throw e;
        }
        jobs.startImport(caller, run.getId());
        return Response.accepted(view(runs.find(caller, run.getId())))
                .location(uri.getAbsolutePathBuilder()
                        .path(run.getId().toString())
                        .build())
                .build();
    }

    @GET
    @Operation(summary = "The latest imports", description = "Newest first")
    public List<ImportView> list(
            @QueryParam("kind") @Parameter(description = "clients (the default) or cis") String kind,
            @QueryParam("limit") @Parameter(description = "How many, 1 to 200 (default 50)") String limit) {
        Caller caller = caller();
        return runs.latest(caller, kind(kind), Params.limit(limit, MAX_LIMIT)).stream()
                .map(this::view)
                .toList();
    }

    @GET
    @Path("template")
    @Produces("text/csv")
    @Operation(
            summary = "The CSV template",
            description = "UTF-8 with a byte-order mark; the header row holds the"
                    + " fixed columns then the custom fields (of the client form, or of every CI form) by sequence number."
                    + " Clients: " + org.c2desk.imports.ClientTemplate.HELP + " CIs: "
                    + org.c2desk.imports.CiTemplate.HELP)
    public Response template(@QueryParam("kind") @Parameter(description = "clients (the default) or cis") String kind) {
        Caller caller = caller();
        ImportRun.Kind importKind = kind(kind);
        StreamingOutput body = out -> kinds.writeTemplate(caller, importKind, out);
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"" + (importKind == ImportRun.Kind.CI ? "cis" : "clients")
                                + "-template.csv\"")
                .build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "An import's status", description = "Counts, rows per second, time left, state")
    @APIResponse(
            responseCode = "200",
            description = "The import",
            content = @Content(schema = @Schema(implementation = ImportView.class)))
    @APIResponse(responseCode = "404", description = "No such import")
    public ImportView get(@PathParam("id") String id) {
        return view(find(caller(), id));
    }

    @GET
    @Path("{id}/report")
    @Produces("text/csv")
    @Operation(
            summary = "The report of the rejected rows",
            description = "CSV in UTF-8 with a byte-order mark:"
                    + " Line, Column, Value, Reason, in file order (a row may have several lines, one per problem)")
    @APIResponse(responseCode = "200", description = "The report (only the header when no row was rejected)")
    public Response report(@PathParam("id") String id) {
        Caller caller = caller();
        ImportRun run = find(caller, id);
        StreamingOutput body = out -> reports.writeReport(caller, run.getId(), out);
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + reportName(run) + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    @POST
    @Path("{id}/stop")
    @Operation(
            summary = "Stop an import",
            description = "It stops at the end of the chunk it is writing (the rows"
                    + " committed stay); restart it later to continue from there")
    @APIResponse(
            responseCode = "202",
            description = "Stopping",
            content = @Content(schema = @Schema(implementation = ImportView.class)))
    @APIResponse(responseCode = "400", description = "It is not running")
    public Response stop(@PathParam("id") String id) {
        Caller caller = caller();
        ImportRun run = find(caller, id);
        jobs.stopImport(caller, run.getId());
        return Response.accepted(view(runs.find(caller, run.getId()))).build();
    }

    @POST
    @Path("{id}/restart")
    @Operation(
            summary = "Restart a failed or stopped import",
            description = "It continues after the last" + " committed record: no row is written twice, none is skipped")
    @APIResponse(
            responseCode = "202",
            description = "Restarted",
            content = @Content(schema = @Schema(implementation = ImportView.class)))
    @APIResponse(responseCode = "400", description = "It is not failed or stopped")
    public Response restart(@PathParam("id") String id) {
        Caller caller = caller();
        ImportRun run = find(caller, id);
        jobs.restartImport(caller, run.getId());
        return Response.accepted(view(runs.find(caller, run.getId()))).build();
    }

    // ------------------------------------------------------------------------------------------------- helpers

    /** The caller, refused before their input is read when they may not see imports at all. */
    private Caller caller() {
        Caller caller = ApiPrincipal.of(security).caller();
        runs.requireMayImport(caller);
        return caller;
    }

    private ImportRun find(Caller caller, String id) {
        try {
            return runs.find(caller, Params.pathUuid(id));
        } catch (NotFoundException e) {
            throw new NotFoundException("Import", id);
        }
    }

    private static ImportRun.Kind kind(String kind) {
        String k = kind == null ? "" : kind.trim().toLowerCase(Locale.ROOT);
        if (k.isEmpty() || k.equals("clients") || k.equals("client")) {
            return ImportRun.Kind.CLIENT;
        }
        if (k.equals("cis") || k.equals("ci")) {
            return ImportRun.Kind.CI;
        }
        throw new InvalidInputException("kind", "kind: '" + kind + "' is not clients or cis");
    }

    private static UpsertKey upsertKey(String value) {
        if (value == null || value.isBlank() || value.trim().equalsIgnoreCase("none")) {
            return null;
        }
        try {
            return UpsertKey.valueOf(value.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(
                    "upsertKey", "upsertKey: '" + value + "' is not EMAIL, USER_NAME, EXTERNAL_ID or NAME_IN_FOLDER");
        }
    }

    private static boolean windows1252(String encoding) {
        if (encoding == null
                || encoding.isBlank()
                || encoding.trim().equalsIgnoreCase("UTF-8")
                || encoding.trim().equalsIgnoreCase("UTF8")) {
            return false;
        }
        String e = encoding.trim().toLowerCase(Locale.ROOT);
        if (e.equals("windows-1252") || e.equals("cp1252") || e.equals("windows1252")) {
            return true;
        }
        throw new InvalidInputException("encoding", "encoding: '" + encoding + "' is not UTF-8 or windows-1252");
    }

    private static PayloadTooLargeException tooLarge() {
        return new PayloadTooLargeException(
                "An import file holds at most " + MAX_FILE_BYTES + " bytes (" + (MAX_FILE_BYTES >> 20) + " MB)");
    }

    static String reportName(ImportRun run) {
        String base = run.getFileName().replaceAll("\\.[Cc][Ss][Vv]$", "").replaceAll("[^A-Za-z0-9._-]", "_");
        return base + "-rejections.csv";
    }

    private ImportView view(ImportRun r) {
        ImportOptions o = r.getOptions();
        Instant now = Instant.now();
        return new ImportView(
                r.getId(),
                r.getKind() == ImportRun.Kind.CLIENT ? "clients" : "cis",
                r.getFileName(),
                r.getFileSize(),
                new OptionsView(
                        o.dryRun(),
                        o.allOrNothing(),
                        o.upsertKey() == null ? null : o.upsertKey().name(),
                        o.encodingName()),
                r.getStatus().name(),
                r.getPhase(),
                r.getMessage(),
                r.getTotalCount(),
                r.getReadCount(),
                r.getInsertedCount(),
                r.getUpdatedCount(),
                r.getRejectedCount(),
                r.getLastRecord(),
                r.percentDone(),
                Math.round(r.rowsPerSecond(now) * 10) / 10.0,
                r.secondsLeft(now),
                r.isRestartable(),
                r.getAutoRestarts(),
                r.getCreatedOn(),
                r.getStartedOn(),
                r.getEndedOn(),
                r.getStartedBy(),
                uri.getBaseUriBuilder()
                        .path("imports")
                        .path(r.getId().toString())
                        .path("report")
                        .build()
                        .toString());
    }
}
