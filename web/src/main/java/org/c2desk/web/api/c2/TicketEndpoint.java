package org.c2desk.web.api.c2;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
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
import java.util.Locale;
import java.util.UUID;
import org.c2desk.platform.Page;
import org.c2desk.platform.ValidationException;
import org.c2desk.security.Caller;
import org.c2desk.ticket.NewTicket;
import org.c2desk.ticket.Ticket;
import org.c2desk.ticket.TicketEdit;
import org.c2desk.ticket.TicketFilter;
import org.c2desk.ticket.TicketListRow;
import org.c2desk.ticket.TicketQueries;
import org.c2desk.ticket.TicketService;
import org.c2desk.ticket.TicketSort;

/**
 * {@code /API/Ticket/...}: create a ticket and change its fields, as the C2 documentation shows it; read one
 * ({@code Get}) or a page of them ({@code List}) in the same style.
 *
 * <p>One instance serves every call (built and injected once, not per request): what belongs to the request, its
 * query and headers, comes as parameters.
 */
@ApplicationScoped
@Path("Ticket")
@Produces(MediaType.APPLICATION_JSON)
public class TicketEndpoint {

    /** The longest {@code Filter.Text} a list searches for. */
    static final int MAX_TEXT = 200;

    @EJB
    TicketService tickets;

    @EJB
    TicketQueries queries;

    @Inject
    ApiCallers callers;

    @Inject
    TicketJson json;

    @Inject
    CustomFieldsJson customFieldsJson;

    @POST
    @Path("Save")
    public Response save(String text, @Context UriInfo uri, @Context HttpHeaders headers) {
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
                viewModel
                        .optionalObject("CustomFields")
                        .map(customFieldsJson::read)
                        .orElse(null));
        try {
            // The answer is made in the creation's transaction, from the entities it holds: nothing is read again.
            return C2Json.ok(tickets.create(caller, command, opened -> TicketJson.of(opened, customFieldsJson)));
        } catch (ValidationException e) {
            throw TicketProperties.renamed(e);
        }
    }

    /**
     * A system field ({@code PropertyName} + {@code Value}) or a custom field ({@code CustomFieldSequenceNumber} +
     * {@code Value}) of one ticket; {@code Data} is {@code true} as documented.
     */
    @POST
    @Path("UpdateProperty")
    public Response updateProperty(String text, @Context UriInfo uri, @Context HttpHeaders headers) {
        C2Body body = C2Call.body(text);
        Caller caller = callers.identify(uri.getQueryParameters(), body, headers);
        UUID id = body.requiredUuid("Id");
        if (body.has("CustomFieldSequenceNumber")) {
            tickets.updateCustomField(caller, id, body.integer("CustomFieldSequenceNumber"), body.text("Value"));
        } else {
            tickets.requireMayEdit(caller, id);
            TicketEdit edit = TicketProperties.edit(body.requiredText("PropertyName"), body.text("Value"));
            try {
                tickets.update(caller, id, edit);
            } catch (ValidationException e) {
                throw TicketProperties.renamed(e);
            }
        }
        return C2Json.ok(JsonValue.TRUE);
    }

    /** The ticket {@code Id}, as Save answers it; one the caller may not see is "not found" (Status 4). */
    @POST
    @Path("Get")
    public Response get(String text, @Context UriInfo uri, @Context HttpHeaders headers) {
        C2Body body = C2Call.body(text);
        Caller caller = callers.identify(uri.getQueryParameters(), body, headers);
        Ticket ticket = tickets.find(caller, body.requiredUuid("Id"));
        return C2Json.ok(json.of(ticket, caller));
    }

    /**
     * A page of the tickets the caller may see: {@code Filter} (see {@link #filter}), {@code Sort}
     * ({@code LastModifiedOn}, the default, {@code CreatedOn} or {@code SequenceNumber}), {@code Direction},
     * {@code PageSize} and {@code Cursor} ({@link C2Paging}). {@code Data} is {@code {"Items", "NextCursor",
     * "PageSize"}}.
     */
    @POST
    @Path("List")
    public Response list(String text, @Context UriInfo uri, @Context HttpHeaders headers) {
        C2Body body = C2Call.body(text);
        Caller caller = callers.identify(uri.getQueryParameters(), body, headers);
        TicketFilter filter = filter(body);
        C2Paging paging = C2Paging.of(body);
        Page<TicketListRow> page =
                queries.list(caller, filter, TicketSort.named(paging.sort()), paging.direction(), paging.page());
        Locale locale = C2Json.languageOf(caller);
        return C2Json.okPage(page, (json, row) -> TicketJson.writeListItem(json, row, locale));
    }

    /**
     * {@code Filter}: {@code StatusIds}, {@code QueueIds}, {@code EnterpriseIds} (GUIDs, or {"Id"} objects),
     * {@code ClientId}, {@code AssigneeId}, {@code CreatedSince}, {@code ModifiedSince} (ISO-8601 or /Date(ms)/),
     * {@code Text} (words of the summary, description or a communication) and {@code IsTicket} (absent or true:
     * tickets; false: workflow tasks; null: both).
     */
    static TicketFilter filter(C2Body body) {
        if (!body.has("Filter")) {
            return TicketFilter.tickets();
        }
        C2Body filter = body.object("Filter");
        filter.requireOnly(
                "StatusIds",
                "QueueIds",
                "EnterpriseIds",
                "ClientId",
                "AssigneeId",
                "CreatedSince",
                "ModifiedSince",
                "Text",
                "IsTicket");
        return new TicketFilter(
                filter.guids("StatusIds"),
                filter.guids("QueueIds"),
                filter.guids("EnterpriseIds"),
                filter.uuid("ClientId"),
                filter.uuid("AssigneeId"),
                filter.dateTime("CreatedSince"),
                filter.dateTime("ModifiedSince"),
                filter.text("Text", MAX_TEXT),
                filter.isNull("IsTicket") ? null : filter.has("IsTicket") ? filter.bool("IsTicket") : Boolean.TRUE);
    }
}
