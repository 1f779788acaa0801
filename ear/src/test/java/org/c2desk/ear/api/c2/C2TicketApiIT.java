package org.c2desk.ear.api.c2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import org.c2desk.ear.support.ApiClient;
import org.c2desk.ear.support.ApiClient.Answer;
import org.c2desk.ear.support.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The documented {@code /API/Ticket/Save}, called from outside with the documentation's own example. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class C2TicketApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.plain();
    }

    @ArquillianResource
    URL base;

    @Test
    void theDocumentationsExampleCreatesATicket() throws Exception {
        Answer answer = api().post("API/Ticket/Save", ApiClient.resource("ticket-save.json"));

        assertEquals(200, answer.httpStatus());
        assertEquals(0, answer.status(), answer.message());
        JsonObject data = answer.data();
        assertEquals("Selenium Tests", data.getString("EnterpriseName"));
        assertEquals("Exemple de Categorie", data.getString("CategoryName"));
        assertEquals("Exemple de Service 1", data.getString("ServiceName"));
        assertEquals("Exemple de demande 1", data.getString("RequestName"));
        assertEquals("Exemple de demande 1", data.getString("Summary"));
        assertEquals("1d0b2a8d-0c81-4553-9ac8-7adb1fcca5d0", data.getString("StatusId"));
        assertEquals(
                "selenium-tests@c2enterprise.com",
                data.getJsonArray("Assignees").getJsonObject(0).getString("UserName"));
        assertEquals(
                "Disponible",
                data.getJsonArray("Assignees")
                        .getJsonObject(0)
                        .getJsonObject("ResourceState")
                        .getString("Text"));
        assertEquals(
                "Client1 Client1", data.getJsonArray("Clients").getJsonObject(0).getString("FullName"));
        assertTrue(data.getInt("SequenceNumber") > 12672);
        assertTrue(data.getString("CreatedOn").matches("/Date\\(\\d+\\)/"), data.getString("CreatedOn"));
        assertTrue(answer.body().getString("Time").matches("/Date\\(\\d+\\)/"));
        JsonObject task = data.getJsonArray("Workflows").getJsonObject(0);
        assertEquals("765b7076-ef57-409e-8cd9-e1c23b11b2ab", task.getString("TaskTemplateId"));
        assertEquals("e2609e13-0d39-4223-88a5-7090637706ee", task.getString("TicketTypeId"));
        assertEquals("Exemple de tache", task.getString("FrenchName"));
    }

    @Test
    void theDocumentationsExampleWithCustomFieldsStoresThemTyped() throws Exception {
        Answer answer = api().post("API/Ticket/Save", ApiClient.resource("ticket-save-custom-fields.json"));

        assertEquals(0, answer.status(), answer.message());
        JsonObject fields = fieldsByName(answer.data());
        assertEquals("True", fields.getJsonObject("CF Checkbox").getString("Value"));
        assertEquals("123.450000", fields.getJsonObject("CF Decimal").getString("Value"));
        assertEquals("{\"DecimalPlaces\":2}", fields.getJsonObject("CF Decimal").getString("Options"));
        assertEquals(
                "40dcb93b-e4ab-4bfc-bfe8-4897120ee1ef",
                fields.getJsonObject("CF Client").getString("Value"));
        assertEquals("Client2 API", fields.getJsonObject("CF Client").getString("DisplayName"));
        assertEquals(
                "2018-07-05T04:00:00.0000000Z",
                fields.getJsonObject("CF Datetime").getString("Value"));
        JsonObject section = answer.data()
                .getJsonObject("CustomFields")
                .getJsonArray("Sections")
                .getJsonObject(0);
        assertEquals("Informations additionnelles", section.getString("FrenchName"));
        assertEquals(
                4,
                section.getJsonArray("Rows")
                        .getJsonObject(0)
                        .getJsonArray("Cells")
                        .size());
    }

    @Test
    void aWrongCustomFieldValueIsRefusedAndNothingIsWritten() throws Exception {
        String body = ApiClient.resource("ticket-save-custom-fields.json")
                .replace("\"Value\":\"123.45\"", "\"Value\":\"123.456\"")
                .replace("\"Summary\":\"Exemple de demande 1\"", "\"Summary\":\"three decimals\"");
        Answer answer = api().post("API/Ticket/Save", body);

        assertEquals(1, answer.status());
        assertEquals("CF Decimal: at most 2 decimal places (got 123.456)", answer.message());
    }

    @Test
    void updatePropertyChangesASystemFieldAndACustomFieldAsDocumented() throws Exception {
        String ticket = api().post("API/Ticket/Save", ApiClient.resource("ticket-save.json"))
                .data()
                .getString("Id");

        Answer summary = api().post(
                        "API/Ticket/UpdateProperty",
                        "{\"Id\":\"" + ticket + "\",\"PropertyName\":\"Summary\","
                                + "\"Value\":\"New Summary\",\"username\":\"admin\",\"password\":\"pax123\"}");
        Answer decimal = api().post(
                        "API/Ticket/UpdateProperty",
                        "{\"Id\":\"" + ticket + "\",\"CustomFieldSequenceNumber\":\"7\","
                                + "\"Value\":\"12.5\",\"username\":\"admin\",\"password\":\"pax123\"}");

        assertEquals(0, summary.status(), summary.message());
        assertTrue(summary.body().getBoolean("Data"));
        assertEquals(0, decimal.status(), decimal.message());
        Answer documented = api().post("API/Ticket/UpdateProperty", ApiClient.resource("ticket-update-summary.json"));
        assertEquals(
                0, documented.status(), "the documentation's own example, on its own ticket: " + documented.message());
    }

    @Test
    void updatePropertyRefusesWhatItCannotDo() throws Exception {
        String prefix =
                "{\"Id\":\"d2ec3037-7477-47cd-87ff-3a3c80a9191c\",\"username\":\"admin\",\"password\":\"pax123\",";
        Answer unknownProperty =
                api().post("API/Ticket/UpdateProperty", prefix + "\"PropertyName\":\"Colour\",\"Value\":\"red\"}");
        Answer badTransition = api().post(
                        "API/Ticket/UpdateProperty",
                        prefix + "\"PropertyName\":\"StatusId\",\"Value\":\"20000000-0000-4000-8000-000000000006\"}");
        Answer unknownField =
                api().post("API/Ticket/UpdateProperty", prefix + "\"CustomFieldSequenceNumber\":42,\"Value\":\"x\"}");
        Answer unknownTicket = api().post(
                        "API/Ticket/UpdateProperty",
                        prefix.replace("d2ec3037-7477", "d2ec3037-0000")
                                + "\"PropertyName\":\"Summary\",\"Value\":\"x\"}");
        Answer viewer = api().post(
                        "API/Ticket/UpdateProperty?username=viewer&password=pax123",
                        "{\"Id\":\"d2ec3037-7477-47cd-87ff-3a3c80a9191c\",\"PropertyName\":\"Summary\",\"Value\":\"x\"}");

        assertEquals(1, unknownProperty.status());
        assertTrue(unknownProperty.message().startsWith("PropertyName: a ticket has no property 'Colour'"));
        assertEquals(1, badTransition.status());
        assertEquals("StatusId: a ticket cannot go from NEW to CLOSED", badTransition.message());
        assertEquals(1, unknownField.status());
        assertTrue(unknownField.message().contains("42"), unknownField.message());
        assertEquals(4, unknownTicket.status());
        assertEquals(3, viewer.status());

        // Rights come before the property is read: a caller who may not change tickets learns nothing from a bad one,
        // and an unknown ticket is not found whatever property is named.
        Answer viewerWithBadProperty = api().post(
                        "API/Ticket/UpdateProperty?username=viewer&password=pax123",
                        "{\"Id\":\"d2ec3037-7477-47cd-87ff-3a3c80a9191c\",\"PropertyName\":\"Colour\",\"Value\":\"x\"}");
        Answer unknownTicketWithBadProperty = api().post(
                        "API/Ticket/UpdateProperty",
                        prefix.replace("d2ec3037-7477", "d2ec3037-0000")
                                + "\"PropertyName\":\"Colour\",\"Value\":\"red\"}");
        assertEquals(3, viewerWithBadProperty.status());
        assertEquals(4, unknownTicketWithBadProperty.status());
    }

    @Test
    void anOverLongSummaryIsRefusedNamingSummaryAndNothingIsWritten() throws Exception {
        String word =
                "w" + java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String tooLong = word + " " + "x".repeat(500);

        Answer save = api().post(
                        "API/Ticket/Save?username=admin&password=pax123",
                        "{\"viewModel\":{\"EnterpriseId\":\"04a1e54f-fbf9-4cd1-93b3-5a7ae9489c46\","
                                + "\"TicketTypeId\":\"19f57377-94fd-4391-a154-577446131999\",\"Summary\":\"" + tooLong
                                + "\"}}");
        assertEquals(1, save.status(), save.message());
        assertEquals("Summary: at most 500 characters", save.message());
        assertNotEquals(500, save.httpStatus());
        Answer found = api().post(
                        "API/Ticket/List?username=admin&password=pax123", "{\"Filter\":{\"Text\":\"" + word + "\"}}");
        assertEquals(0, found.status(), found.message());
        assertEquals(0, found.data().getJsonArray("Items").size(), "no ticket opened");

        String ticket = api().post("API/Ticket/Save", ApiClient.resource("ticket-save.json"))
                .data()
                .getString("Id");
        Answer update = api().post(
                        "API/Ticket/UpdateProperty?username=admin&password=pax123",
                        "{\"Id\":\"" + ticket + "\",\"PropertyName\":\"Summary\",\"Value\":\"" + tooLong + "\"}");
        assertEquals(1, update.status(), update.message());
        assertEquals("Summary: at most 500 characters", update.message());
        Answer read = api().post("API/Ticket/Get?username=admin&password=pax123", "{\"Id\":\"" + ticket + "\"}");
        assertEquals("Exemple de demande 1", read.data().getString("Summary"), "unchanged");
    }

    private static JsonObject fieldsByName(JsonObject data) {
        jakarta.json.JsonObjectBuilder byName = jakarta.json.Json.createObjectBuilder();
        data.getJsonObject("CustomFields")
                .getJsonArray("Fields")
                .getValuesAs(JsonObject.class)
                .forEach(f -> byName.add(f.getString("Name"), f));
        return byName.build();
    }

    @Test
    void credentialsMayComeInTheQueryOrAsHttpBasic() throws Exception {
        String body = ApiClient.resource("ticket-save.json")
                .replace("\"username\":\"admin\",", "")
                .replace("\"password\":\"pax123\"", "\"x\":0");
        assertEquals(
                0,
                api().post("API/Ticket/Save?username=admin&password=pax123", body)
                        .status());
        assertEquals(
                0,
                api().postBasic("API/Ticket/Save", body, "agent.en", "pax123").status());
        Answer none = api().post("API/Ticket/Save", body);
        assertEquals(2, none.status());
        assertEquals(401, none.httpStatus());
    }

    @Test
    void aWrongPasswordIsRefusedWithAMessage() throws Exception {
        Answer answer = api().post("API/Ticket/Save?username=admin&password=wrong", "{\"viewModel\":{}}");
        assertEquals(2, answer.status());
        assertEquals("Unknown user name or wrong password", answer.message());
    }

    @Test
    void aResourceWithoutThePermissionIsRefused() throws Exception {
        Answer answer = api().post(
                        "API/Ticket/Save?username=viewer&password=pax123",
                        ApiClient.resource("ticket-save.json")
                                .replace("\"username\":\"admin\"", "\"username\":\"viewer\""));
        assertEquals(3, answer.status());
        assertEquals(403, answer.httpStatus());
        assertTrue(answer.message().contains("TICKET_CREATE"), answer.message());
    }

    @Test
    void aWrongTypeOrAMissingFieldOrAnUnknownIdIsNamedInTheMessage() throws Exception {
        Answer wrongType =
                api().post("API/Ticket/Save?username=admin&password=pax123", "{\"viewModel\":{\"EnterpriseId\":12}}");
        assertEquals(1, wrongType.status());
        assertEquals("viewModel.EnterpriseId: expected a GUID but got 12", wrongType.message());

        Answer missing = api().post(
                        "API/Ticket/Save?username=admin&password=pax123",
                        "{\"viewModel\":{\"EnterpriseId\":\"04a1e54f-fbf9-4cd1-93b3-5a7ae9489c46\","
                                + "\"TicketTypeId\":\"19f57377-94fd-4391-a154-577446131999\"}}");
        assertEquals(1, missing.status());
        assertEquals("viewModel.Summary is required", missing.message());

        Answer unknown = api().post(
                        "API/Ticket/Save?username=admin&password=pax123",
                        ApiClient.resource("ticket-save.json")
                                .replace(
                                        "7ec07c17-828f-47f8-9519-76f7e9a32cb0",
                                        "7ec07c17-0000-0000-0000-76f7e9a32cb0"));
        assertEquals(1, unknown.status());
        assertTrue(unknown.message().startsWith("QueueId: no Queue has the id 7ec07c17-0000"), unknown.message());
    }

    @Test
    void aBodyThatIsNotJsonGetsTheEnvelopeNotAStackTrace() throws Exception {
        Answer answer = api().post("API/Ticket/Save?username=admin&password=pax123", "{\"viewModel\":");
        assertEquals(1, answer.status());
        assertTrue(answer.message().startsWith("The body is not valid JSON"), answer.message());
        assertNotEquals(500, answer.httpStatus());
    }

    private ApiClient api() throws Exception {
        return new ApiClient(base.toURI());
    }
}
