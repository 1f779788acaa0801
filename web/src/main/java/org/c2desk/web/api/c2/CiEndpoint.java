package org.c2desk.web.api.c2;

import jakarta.ejb.EJB;
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
import org.c2desk.cmdb.CmdbService;
import org.c2desk.cmdb.ConfigurationItem;
import org.c2desk.cmdb.NewCi;
import org.c2desk.security.Caller;

/**
 * {@code /API/CI/...}: create a configuration item and change its fields, as the C2 documentation shows it. Both
 * answer with the whole CI ({@link CiJson}): the documentation's Save response is a shorter object, every field of
 * which the whole CI holds.
 */
@Path("CI")
@Produces(MediaType.APPLICATION_JSON)
public class CiEndpoint {

    @EJB
    CmdbService cmdb;

    @Inject
    ApiCallers callers;

    @Inject
    CiJson json;

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
        NewCi command = new NewCi(
                viewModel.requiredUuid("CIFolderId"),
                viewModel.requiredUuid("CategoryId"),
                viewModel.uuid("CITypeId"),
                viewModel.uuid("StateId"),
                viewModel.uuid("OwnerId"),
                viewModel.requiredText("EnglishName"),
                viewModel.text("FrenchName"),
                viewModel.text("EnglishDescription"),
                viewModel.text("FrenchDescription"),
                viewModel.text("Tags"),
                viewModel.text("ExternalId"),
                viewModel.bool("IsActive"),
                viewModel.optionalObject("CustomFields").map(customFieldsJson::read).orElse(null));
        ConfigurationItem ci = cmdb.create(caller, command);
        return C2Json.ok(json.of(ci, caller));
    }

    /**
     * A system field ({@code PropertyName} + {@code Value}) or a custom field ({@code CustomFieldSequenceNumber} +
     * {@code Value}) of one CI; {@code Data} is the CI as it now stands.
     */
    @POST
    @Path("UpdateProperty")
    public Response updateProperty(String text) {
        C2Body body = C2Call.body(text);
        Caller caller = callers.identify(uri.getQueryParameters(), body, headers);
        UUID id = body.requiredUuid("Id");
        ConfigurationItem ci;
        if (body.has("CustomFieldSequenceNumber")) {
            ci = cmdb.updateCustomField(caller, id, body.integer("CustomFieldSequenceNumber"), body.text("Value"));
        } else {
            ci = cmdb.updateProperty(caller, id, body.requiredText("PropertyName"), body.text("Value"));
        }
        return C2Json.ok(json.of(ci, caller));
    }
}
