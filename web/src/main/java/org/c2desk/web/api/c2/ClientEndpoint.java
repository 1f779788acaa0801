package org.c2desk.web.api.c2;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.c2desk.client.Client;
import org.c2desk.client.ClientFilter;
import org.c2desk.client.ClientListRow;
import org.c2desk.client.ClientQueries;
import org.c2desk.client.ClientService;
import org.c2desk.client.ClientSort;
import org.c2desk.client.NewClient;
import org.c2desk.platform.Page;
import org.c2desk.security.Caller;

/**
 * {@code /API/Clients/...}: create a client and change its fields, as the C2 documentation shows it. Both answer
 * with the client's summary object ({@link ClientJson}), as does {@code Get}; {@code List} answers a page of them.
 *
 * <p>One instance serves every call (built and injected once, not per request): what belongs to the request, its
 * query and headers, comes as parameters.
 */
@ApplicationScoped
@Path("Clients")
@Produces(MediaType.APPLICATION_JSON)
public class ClientEndpoint {

    /** The longest {@code Filter.Text} a list searches for. */
    static final int MAX_TEXT = 200;

    @EJB
    ClientService clients;

    @EJB
    ClientQueries queries;

    @Inject
    ApiCallers callers;

    @Inject
    ClientJson json;

    @Inject
    CustomFieldsJson customFieldsJson;

    /**
     * The client described by {@code viewModel}. The body's top-level {@code UserName}/{@code Password} are the
     * caller's credentials (as in the documentation's example); {@code viewModel.UserName} is the client's portal
     * user name.
     */
    @POST
    @Path("Save")
    public Response save(String text, @Context UriInfo uri, @Context HttpHeaders headers) {
        C2Body body = C2Call.body(text);
        Caller caller = callers.identify(uri.getQueryParameters(), body, headers);
        C2Body viewModel = body.object("viewModel");
        NewClient command = new NewClient(
                viewModel.idList("Enterprises"),
                viewModel.requiredText("FirstName"),
                viewModel.requiredText("LastName"),
                viewModel.bool("IsActive"),
                viewModel.bool("HasPortalAccess"),
                viewModel.anyText("PreferedCulture", "PreferredCulture").orElse(null),
                viewModel.text("StreetName"),
                viewModel.text("City"),
                viewModel.text("PostalCode"),
                viewModel.text("OfficePhone"),
                viewModel.uuid("CountryId"),
                viewModel.text("Gender"),
                viewModel.text("EmailAddress"),
                viewModel.text("UserName"),
                viewModel.text("ExternalId"),
                viewModel
                        .optionalObject("CustomFields")
                        .map(customFieldsJson::read)
                        .orElse(null));
        Client client = clients.create(caller, command);
        return C2Json.ok(json.of(client, caller));
    }

    /**
     * A system field ({@code PropertyName} + {@code Value}) or a custom field ({@code CustomFieldSequenceNumber} +
     * {@code Value}) of one client; {@code Data} is the client's summary object, as documented.
     */
    @POST
    @Path("UpdateProperty")
    public Response updateProperty(String text, @Context UriInfo uri, @Context HttpHeaders headers) {
        C2Body body = C2Call.body(text);
        Caller caller = callers.identify(uri.getQueryParameters(), body, headers);
        UUID id = body.requiredUuid("Id");
        Client client;
        if (body.has("CustomFieldSequenceNumber")) {
            client = clients.updateCustomField(
                    caller, id, body.integer("CustomFieldSequenceNumber"), body.text("Value"));
        } else {
            clients.requireMayEdit(caller, id);
            client = clients.update(
                    caller, id, ClientProperty.change(body.requiredText("PropertyName"), body.text("Value")));
        }
        return C2Json.ok(json.of(client, caller));
    }

    /** The client {@code Id}, as Save answers it; one the caller may not see is "not found" (Status 4). */
    @POST
    @Path("Get")
    public Response get(String text, @Context UriInfo uri, @Context HttpHeaders headers) {
        C2Body body = C2Call.body(text);
        Caller caller = callers.identify(uri.getQueryParameters(), body, headers);
        return C2Json.ok(json.of(clients.find(caller, body.requiredUuid("Id")), caller));
    }

    /**
     * A page of the clients the caller may see: {@code Filter} ({@code EnterpriseId}; {@code Text}, the beginning of
     * the last name, first name, e-mail address or user name; {@code IsActive}; {@code ModifiedSince}), {@code Sort}
     * ({@code LastName}, the default, or {@code LastModifiedOn}), {@code Direction}, {@code PageSize} and
     * {@code Cursor} ({@link C2Paging}).
     */
    @POST
    @Path("List")
    public Response list(String text, @Context UriInfo uri, @Context HttpHeaders headers) {
        C2Body body = C2Call.body(text);
        Caller caller = callers.identify(uri.getQueryParameters(), body, headers);
        ClientFilter filter = filter(body);
        C2Paging paging = C2Paging.of(body);
        Page<ClientListRow> page =
                queries.list(caller, filter, ClientSort.named(paging.sort()), paging.direction(), paging.page());
        return C2Json.ok(C2Json.page(page, ClientJson::listItem));
    }

    static ClientFilter filter(C2Body body) {
        if (!body.has("Filter")) {
            return ClientFilter.all();
        }
        C2Body filter = body.object("Filter");
        filter.requireOnly("EnterpriseId", "Text", "IsActive", "ModifiedSince");
        return new ClientFilter(
                filter.uuid("EnterpriseId"),
                filter.text("Text", MAX_TEXT),
                filter.bool("IsActive"),
                filter.dateTime("ModifiedSince"));
    }
}
