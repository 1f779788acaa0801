package org.c2desk.web.api.c2;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.c2desk.security.Caller;
import org.c2desk.ticket.NewTicket;
import org.c2desk.ticket.Ticket;
import org.c2desk.ticket.TicketService;

/** {@code /API/Ticket/...}: create a ticket and change its fields, as the C2 documentation shows it. */
@Path("Ticket")
@Produces(MediaType.APPLICATION_JSON)
public class TicketEndpoint {

    @EJB
    TicketService tickets;

    @Inject
    ApiCallers callers;

    @Inject
    TicketJson json;

    @Inject
    CustomFieldsJson customFieldsJson;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    @POST
    @Path("Save")
    public Response save(String text) {
        C2Body body = C2Call.body(text);
        Caller caller = callers.identify(uri.getQueryParameters(), body, headers);
        C2Body viewModel = body.object("viewModel");
        NewTicket command = new NewTicket(
                viewModel.requiredUuid("EnterpriseId"),
                viewModel.requiredUuid("TicketTypeId"),
                viewModel.uuid("StatusId"),
                viewModel.uuid("QueueId"),
                viewModel.uuid("OriginId"),
                viewModel.uuid("PriorityId"),
                viewModel.uuid("RequestId"),
                viewModel.requiredText("Summary"),
                viewModel.text("Description"),
                viewModel.idList("Clients"),
                viewModel.idList("Assignees"),
                viewModel.optionalObject("CustomFields").map(customFieldsJson::read).orElse(null));
        Ticket ticket = tickets.create(caller, command);
        return C2Json.ok(json.of(ticket, caller));
    }

    /**
     * A system field ({@code PropertyName} + {@code Value}) or a custom field ({@code CustomFieldSequenceNumber} +
     * {@code Value}) of one ticket; {@code Data} is {@code true} as documented.
     */
    @POST
    @Path("UpdateProperty")
    public Response updateProperty(String text) {
        C2Body body = C2Call.body(text);
        Caller caller = callers.identify(uri.getQueryParameters(), body, headers);
        UUID id = body.requiredUuid("Id");
        if (body.has("CustomFieldSequenceNumber")) {
            tickets.updateCustomField(caller, id, body.integer("CustomFieldSequenceNumber"), body.text("Value"));
        } else {
            tickets.updateProperty(caller, id, body.requiredText("PropertyName"), body.text("Value"));
        }
        return C2Json.ok(JsonValue.TRUE);
    }
}
