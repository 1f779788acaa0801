package org.c2desk.web.api.c2;

import static org.c2desk.platform.Jsonp.JSON;
import static org.c2desk.web.api.c2.C2Json.date;
import static org.c2desk.web.api.c2.C2Json.id;
import static org.c2desk.web.api.c2.C2Json.text;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.ZoneOffset;
import java.util.Locale;
import org.c2desk.client.Client;
import org.c2desk.client.ClientListRow;
import org.c2desk.client.ClientService;
import org.c2desk.customfield.FilledForm;
import org.c2desk.platform.SequenceNumbers;
import org.c2desk.security.Caller;

/**
 * A client as the C2 API's {@code Data} of Clients/Save and Clients/UpdateProperty: the summary object of the
 * documentation's response examples, field for field in their order ({@code Message} is the client's full name).
 */
@ApplicationScoped
public class ClientJson {

    @EJB
    ClientService clients;

    @Inject
    CustomFieldsJson customFieldsJson;

    public JsonObject of(Client c, Caller caller) {
        return JSON.createObjectBuilder()
                .add("Id", c.getId().toString())
                .add("SequenceNumber", SequenceNumbers.format(c.getSequenceNumber()))
                .add("Message", c.getFullName())
                .add("ParentId", JsonValue.NULL)
                .add("HasPortalAccess", c.hasPortalAccess())
                .add("UserName", text(c.getUserName()))
                .add("CustomFields", customFields(caller, c))
                .add("NameId", JsonValue.NULL)
                .add("DescriptionId", JsonValue.NULL)
                .add("Data", JsonValue.NULL)
                .add("ExternalId", text(c.getExternalId()))
                .build();
    }

    /** A client of Clients/List: who they are, how to reach them, and their primary enterprise. */
    public static JsonObject listItem(ClientListRow r) {
        return JSON.createObjectBuilder()
                .add("Id", r.id().toString())
                .add("SequenceNumber", SequenceNumbers.format(r.sequenceNumber()))
                .add("FirstName", r.firstName())
                .add("LastName", r.lastName())
                .add("FullName", r.fullName())
                .add("EmailAddress", text(r.emailAddress()))
                .add("UserName", text(r.userName()))
                .add("HasPortalAccess", r.portalAccess())
                .add("IsActive", r.active())
                .add("EnterpriseId", id(r.enterpriseId()))
                .add("EnterpriseName", text(r.enterpriseName()))
                .add("LastModifiedOn", date(r.lastModifiedOn()))
                .build();
    }

    /** The client form's fields with this client's values (null where it has none, "False" for a checkbox). */
    private JsonObject customFields(Caller caller, Client c) {
        FilledForm form = clients.formOf(caller, c, ZoneOffset.UTC, Locale.ENGLISH);
        return customFieldsJson.write(form.fields(), form.layout());
    }
}
