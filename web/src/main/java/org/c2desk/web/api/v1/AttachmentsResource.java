package org.c2desk.web.api.v1;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.c2desk.ticket.TicketAttachments;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/v1/attachments/{id}}: the bytes of a file attached to a ticket the caller sees. */
@Path("attachments")
@Tag(name = "Tickets")
public class AttachmentsResource {

    @EJB
    TicketAttachments attachments;

    @Context
    SecurityContext security;

    @GET
    @Path("{id}")
    @Operation(
            summary = "Download an attachment",
            description =
                    "The file's bytes with its Content-Type, as a" + " download (Content-Disposition: attachment)")
    @APIResponse(responseCode = "200", description = "The file")
    @APIResponse(responseCode = "404", description = "No such attachment, or its ticket is not visible to the caller")
    public Response download(@PathParam("id") String id) {
        TicketAttachments.AttachmentFile file =
                attachments.attachment(ApiPrincipal.of(security).caller(), Params.pathUuid(id));
        String name = file.attachment().getFileName();
        String ascii = name.replaceAll("[^\\x20-\\x7e]|[\"\\\\]", "_");
        return Response.ok(file.content(), file.attachment().getContentType())
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                                + URLEncoder.encode(name, StandardCharsets.UTF_8)
                                        .replace("+", "%20"))
                .header(HttpHeaders.CONTENT_LENGTH, file.content().length)
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }
}
