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
import java.util.Locale;
import java.util.UUID;
import org.c2desk.cmdb.CiFilter;
import org.c2desk.cmdb.CiListRow;
import org.c2desk.cmdb.CiQueries;
import org.c2desk.cmdb.CiService;
import org.c2desk.cmdb.CiSort;
import org.c2desk.cmdb.ConfigurationItem;
import org.c2desk.cmdb.NewCi;
import org.c2desk.platform.Page;
import org.c2desk.security.Caller;

/**
 * {@code /API/CI/...}: create a configuration item and change its fields, as the C2 documentation shows it. Both
 * answer with the whole CI ({@link CiJson}): the documentation's Save response is a shorter object, every field of
 * which the whole CI holds.
 *
 * <p>One instance serves every call (built and injected once, not per request): what belongs to the request, its
 * query and headers, comes as parameters.
 */
@ApplicationScoped
@Path("CI")
@Produces(MediaType.APPLICATION_JSON)
public class CiEndpoint {

    /** The longest {@code Filter.Text} a list searches for. */
    static final int MAX_TEXT = 200;

    @EJB
    CiService cis;

    @EJB
    CiQueries queries;

    @Inject
    ApiCallers callers;

    @Inject
    CiJson json;

    @Inject
    CustomFieldsJson customFieldsJson;

    @POST
    @Path("Save")
    public Response save(String text, @Context UriInfo uri, @Context HttpHeaders headers) {
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
                viewModel
                        .optionalObject("CustomFields")
                        .map(customFieldsJson::read)
                        .orElse(null));
        ConfigurationItem ci = cis.create(caller, command);
        return C2Json.ok(json.of(ci, caller));
    }

    /**
     * A system field ({@code PropertyName} + {@code Value}) or a custom field ({@code CustomFieldSequenceNumber} +
     * {@code Value}) of one CI; {@code Data} is the CI as it now stands.
     */
    @POST
    @Path("UpdateProperty")
    public Response updateProperty(String text, @Context UriInfo uri, @Context HttpHeaders headers) {
        C2Body body = C2Call.body(text);
        Caller caller = callers.identify(uri.getQueryParameters(), body, headers);
        UUID id = body.requiredUuid("Id");
        ConfigurationItem ci;
        if (body.has("CustomFieldSequenceNumber")) {
            ci = cis.updateCustomField(caller, id, body.integer("CustomFieldSequenceNumber"), body.text("Value"));
        } else {
            cis.requireMayEdit(caller, id);
            ci = cis.update(caller, id, CiProperty.change(body.requiredText("PropertyName"), body.text("Value")));
        }
        return C2Json.ok(json.of(ci, caller));
    }

    /** The CI {@code Id}, as Save answers it; one the caller may not see is "not found" (Status 4). */
    @POST
    @Path("Get")
    public Response get(String text, @Context UriInfo uri, @Context HttpHeaders headers) {
        C2Body body = C2Call.body(text);
        Caller caller = callers.identify(uri.getQueryParameters(), body, headers);
        ConfigurationItem ci = cis.find(caller, body.requiredUuid("Id"));
        return C2Json.ok(json.of(ci, caller));
    }

    /**
     * A page of the CIs the caller may see: {@code Filter} ({@code FolderId} or {@code CIFolderId},
     * {@code CategoryId}, {@code TypeId} or {@code CITypeId}, {@code StateId}, {@code OwnerId}; {@code Text}, the
     * beginning of the English or French name; {@code IsActive}; {@code ModifiedSince}), {@code Sort} ({@code Name},
     * the default, {@code CINumber} or {@code LastModifiedOn}), {@code Direction}, {@code PageSize} and
     * {@code Cursor} ({@link C2Paging}).
     */
    @POST
    @Path("List")
    public Response list(String text, @Context UriInfo uri, @Context HttpHeaders headers) {
        C2Body body = C2Call.body(text);
        Caller caller = callers.identify(uri.getQueryParameters(), body, headers);
        CiFilter filter = filter(body);
        C2Paging paging = C2Paging.of(body);
        Page<CiListRow> page =
                queries.list(caller, filter, CiSort.named(paging.sort()), paging.direction(), paging.page());
        Locale locale = C2Json.languageOf(caller);
        return C2Json.ok(C2Json.page(page, row -> CiJson.listItem(row, locale)));
    }

    static CiFilter filter(C2Body body) {
        if (!body.has("Filter")) {
            return CiFilter.all();
        }
        C2Body filter = body.object("Filter");
        filter.requireOnly(
                "FolderId",
                "CIFolderId",
                "CategoryId",
                "TypeId",
                "CITypeId",
                "StateId",
                "OwnerId",
                "Text",
                "IsActive",
                "ModifiedSince");
        return new CiFilter(
                either(filter, "FolderId", "CIFolderId"),
                filter.uuid("CategoryId"),
                either(filter, "TypeId", "CITypeId"),
                filter.uuid("StateId"),
                filter.uuid("OwnerId"),
                filter.text("Text", MAX_TEXT),
                filter.bool("IsActive"),
                filter.dateTime("ModifiedSince"));
    }

    /** The filter's name, or the name the CI's own Data uses for the same field. */
    private static UUID either(C2Body filter, String name, String dataName) {
        return filter.has(name) ? filter.uuid(name) : filter.uuid(dataName);
    }
}
