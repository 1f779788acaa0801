package org.c2desk.ear.api.c2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.UUID;
import org.c2desk.ear.support.ApiClient;
import org.c2desk.ear.support.ApiClient.Answer;
import org.c2desk.ear.support.Deployments;
import org.c2desk.ear.support.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The documented {@code /API/Clients/Save} and {@code /API/Clients/UpdateProperty}, called from outside with the
 * documentation's own request bodies (kept verbatim under {@code c2api/}; the Save examples' placeholders are filled
 * in, as an integrator would).
 *
 * <p>The suite shares one database: the examples that change the demo clients (clientapi's portal access,
 * client2api's checkbox) put the values back, since other tests sign in to the portal as these clients.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class C2ClientApiIT {

    static final String ENTERPRISE = "04a1e54f-fbf9-4cd1-93b3-5a7ae9489c46";
    static final String CLIENT_API = "b9498fa8-9629-49c4-b09d-9dc2d2216675";
    static final String CLIENT2_API = "40dcb93b-e4ab-4bfc-bfe8-4897120ee1ef";
    static final String ADMIN = "?username=admin&password=pax123";

    /** The documented summary object, in the documentation's order. */
    static final List<String> SUMMARY_FIELDS = List.of(
            "Id",
            "SequenceNumber",
            "Message",
            "ParentId",
            "HasPortalAccess",
            "UserName",
            "CustomFields",
            "NameId",
            "DescriptionId",
            "Data",
            "ExternalId");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.plain();
    }

    @ArquillianResource
    URL base;

    @Test
    void theDocumentationsCreateExampleCreatesAClient() throws Exception {
        String lastName = "Save " + UUID.randomUUID();
        Answer answer =
                api().post("API/Clients/Save", filled("client-save.json", "Jeanne", lastName, "admin", "pax123"));

        assertEquals(200, answer.httpStatus());
        assertEquals(0, answer.status(), answer.message());
        JsonObject data = answer.data();
        assertEquals(SUMMARY_FIELDS, List.copyOf(data.keySet()));
        UUID.fromString(data.getString("Id"));
        assertTrue(data.getString("SequenceNumber").matches("\\d{8}"), data.getString("SequenceNumber"));
        assertTrue(Long.parseLong(data.getString("SequenceNumber")) > 600, data.getString("SequenceNumber"));
        assertEquals("Jeanne " + lastName, data.getString("Message"));
        assertTrue(data.isNull("ParentId"));
        assertFalse(data.getBoolean("HasPortalAccess"));
        assertTrue(data.isNull("UserName"));
        assertTrue(data.isNull("NameId"));
        assertTrue(data.isNull("DescriptionId"));
        assertTrue(data.isNull("Data"));
        assertTrue(data.isNull("ExternalId"));
        JsonObject customFields = data.getJsonObject("CustomFields");
        assertEquals(
                "CF Checkbox",
                customFields.getJsonArray("Fields").getJsonObject(0).getString("Name"));
        assertEquals(
                "False", customFields.getJsonArray("Fields").getJsonObject(0).getString("Value"));
        assertEquals(
                "9e5f1aae-9229-e4a0-7e2f-dded0b9219cc",
                customFields.getJsonArray("Sections").getJsonObject(0).getString("Id"));
        assertTrue(answer.body().getString("Time").matches("/Date\\(\\d+\\)/"));

        // Defaults of the attribute table: active, no portal, the enterprise's culture (Selenium Tests: fr-CA);
        // the enterprise is the primary one; no password.
        assertEquals(
                "true|false|fr-CA|true|true",
                queryText(
                        "select c.is_active || '|' || c.has_portal_access || '|'"
                                + " || c.preferred_culture || '|' || (c.password_hash is null) || '|' || ce.is_primary"
                                + " from client c join client_enterprise ce on ce.client_id = c.id"
                                + " where c.id = ?::uuid and ce.enterprise_id = '" + ENTERPRISE + "'",
                        data.getString("Id")));
    }

    @Test
    void theDocumentationsCreateExampleWithCustomFieldsCreatesAClient() throws Exception {
        Answer answer = api().post(
                        "API/Clients/Save",
                        filled("client-save-custom-fields.json", "Marc", "Gagnon", "admin", "pax123"));

        assertEquals(0, answer.status(), answer.message());
        assertEquals("Marc Gagnon", answer.data().getString("Message"));
    }

    @Test
    void everyDocumentedAttributeIsSaved() throws Exception {
        String userName = "lroy-" + UUID.randomUUID();
        Answer answer = api().post(
                        "API/Clients/Save" + ADMIN,
                        "{\"viewModel\":{\"Enterprises\":[{\"Id\":\"" + ENTERPRISE
                                + "\"}],\"FirstName\":\"Lucie\",\"LastName\":\"Roy\",\"IsActive\":true,\"HasPortalAccess\":true,"
                                + "\"PreferedCulture\":\"en-US\",\"StreetName\":\"1 rue Principale\",\"City\":\"Québec\","
                                + "\"PostalCode\":\"G1R 1A1\",\"OfficePhone\":\"418 555-0100\",\"Gender\":\"F\","
                                + "\"EmailAddress\":\"lucie.roy@example.com\",\"UserName\":\"" + userName + "\","
                                + "\"CustomFields\":{\"Fields\":[{\"DefinitionId\":\"e85a893b-6ad3-45a5-a433-0f0f4ee6379b\",\"Value\":\"True\"}]}}}");

        assertEquals(0, answer.status(), answer.message());
        JsonObject data = answer.data();
        assertTrue(data.getBoolean("HasPortalAccess"));
        assertEquals(userName, data.getString("UserName"));
        assertEquals(
                "True",
                data.getJsonObject("CustomFields")
                        .getJsonArray("Fields")
                        .getJsonObject(0)
                        .getString("Value"));
        assertEquals(
                "en-US|1 rue Principale|Québec|G1R 1A1|418 555-0100|F|lucie.roy@example.com",
                queryText(
                        "select preferred_culture || '|' || street_name || '|' || city || '|' || postal_code || '|'"
                                + " || office_phone || '|' || gender || '|' || email_address from client where id = ?::uuid",
                        data.getString("Id")));
    }

    @Test
    void theDocumentationsUpdatePropertyExampleClosesThePortal() throws Exception {
        try {
            Answer answer = api().post("API/Clients/UpdateProperty", ApiClient.resource("client-update-property.json"));

            assertEquals(200, answer.httpStatus());
            assertEquals(0, answer.status(), answer.message());
            JsonObject data = answer.data();
            assertEquals(SUMMARY_FIELDS, List.copyOf(data.keySet()));
            assertEquals(CLIENT_API, data.getString("Id"));
            assertEquals("00000599", data.getString("SequenceNumber"));
            assertEquals("Client API", data.getString("Message"));
            assertTrue(data.isNull("ParentId"));
            assertFalse(data.getBoolean("HasPortalAccess"));
            assertEquals("clientapi", data.getString("UserName"));
            assertTrue(data.isNull("ExternalId"));
            assertEquals(
                    "false", queryText("select has_portal_access::text from client where id = ?::uuid", CLIENT_API));
        } finally {
            assertEquals(
                    0,
                    api().post(
                                    "API/Clients/UpdateProperty",
                                    ApiClient.resource("client-update-property.json")
                                            .replace("\"Value\":\"false\"", "\"Value\":\"true\""))
                            .status(),
                    "clientapi's portal access is back");
        }
    }

    @Test
    void theDocumentationsCustomFieldExampleUnticksTheCheckbox() throws Exception {
        // The demo gives client2api portal access (as the documentation's response shows), but AuthenticationIT
        // closes it in this shared database: compare with what the database holds.
        boolean portalAccess = Boolean.parseBoolean(
                queryText("select has_portal_access::text from client where id = ?::uuid", CLIENT2_API));
        try {
            Answer answer =
                    api().post("API/Clients/UpdateProperty", ApiClient.resource("client-update-custom-field.json"));

            assertEquals(0, answer.status(), answer.message());
            JsonObject data = answer.data();
            assertEquals(SUMMARY_FIELDS, List.copyOf(data.keySet()));
            assertEquals(CLIENT2_API, data.getString("Id"));
            assertEquals("00000600", data.getString("SequenceNumber"));
            assertEquals("Client2 API", data.getString("Message"));
            assertEquals(portalAccess, data.getBoolean("HasPortalAccess"));
            assertEquals("client2api", data.getString("UserName"));
            JsonObject checkbox =
                    data.getJsonObject("CustomFields").getJsonArray("Fields").getJsonObject(0);
            assertEquals("CF Checkbox", checkbox.getString("Name"));
            assertEquals(3, checkbox.getInt("DefinitionSequenceNumber"));
            assertEquals(8, checkbox.getInt("DefinitionType"));
            assertEquals("False", checkbox.getString("Value"));
            assertEquals("False", checkbox.getString("DisplayName"));
            assertEquals("9e5f1aae-9229-e4a0-7e2f-dded0b9219cc", checkbox.getString("FieldSectionId"));
            assertEquals(
                    "false",
                    queryText(
                            "select boolean_value::text from field_value where owner_kind = 'CLIENT'"
                                    + " and definition_id = 'e85a893b-6ad3-45a5-a433-0f0f4ee6379b' and owner_id = ?::uuid",
                            CLIENT2_API));
        } finally {
            assertEquals(
                    0,
                    api().post(
                                    "API/Clients/UpdateProperty",
                                    ApiClient.resource("client-update-custom-field.json")
                                            .replace("\"Value\":\"false\"", "\"Value\":\"true\""))
                            .status(),
                    "client2api's checkbox is back");
        }
    }

    @Test
    void aUserNameAnotherClientHoldsIsRefusedWhateverItsCase() throws Exception {
        Answer save = api().post(
                        "API/Clients/Save" + ADMIN,
                        "{\"viewModel\":{\"Enterprises\":[{\"Id\":\"" + ENTERPRISE
                                + "\"}],\"FirstName\":\"Copy\",\"LastName\":\"Cat\",\"HasPortalAccess\":true,\"UserName\":\"ClientAPI\"}}");
        assertEquals(1, save.status());
        assertEquals(400, save.httpStatus());
        assertTrue(
                save.message().startsWith("UserName: another client already has the user name 'ClientAPI'"),
                save.message());
        assertEquals("0", queryText("select count(*)::text from client where last_name = ?", "Cat"));

        Answer update = api().post(
                        "API/Clients/UpdateProperty" + ADMIN,
                        "{\"Id\":\"" + CLIENT_API + "\",\"PropertyName\":\"UserName\",\"Value\":\"CLIENT2API\"}");
        assertEquals(1, update.status());
        assertTrue(update.message().startsWith("UserName:"), update.message());
        assertEquals("clientapi", queryText("select user_name from client where id = ?::uuid", CLIENT_API));
    }

    @Test
    void aMalformedEmailAddressIsRefused() throws Exception {
        Answer save = api().post(
                        "API/Clients/Save" + ADMIN,
                        "{\"viewModel\":{\"Enterprises\":[{\"Id\":\"" + ENTERPRISE
                                + "\"}],\"FirstName\":\"Bad\",\"LastName\":\"Mail\",\"EmailAddress\":\"not-an-email\"}}");
        assertEquals(1, save.status());
        assertTrue(
                save.message().startsWith("EmailAddress: \"not-an-email\" is not an e-mail address"), save.message());

        Answer update = api().post(
                        "API/Clients/UpdateProperty" + ADMIN,
                        "{\"Id\":\"" + CLIENT_API + "\",\"PropertyName\":\"EmailAddress\",\"Value\":\"bad@\"}");
        assertEquals(1, update.status());
        assertTrue(update.message().startsWith("EmailAddress:"), update.message());
    }

    @Test
    void missingOrWrongValuesAreNamedInTheMessage() throws Exception {
        Answer placeholders = api().post("API/Clients/Save" + ADMIN, ApiClient.resource("client-save.json"));
        assertEquals(1, placeholders.status());
        assertEquals("viewModel.Enterprises[0].Id: expected a GUID but got \"<EnterpriseId>\"", placeholders.message());

        Answer noEnterprise =
                api().post("API/Clients/Save" + ADMIN, "{\"viewModel\":{\"FirstName\":\"A\",\"LastName\":\"B\"}}");
        assertEquals(1, noEnterprise.status());
        assertEquals("Enterprises: at least one enterprise is required", noEnterprise.message());

        Answer portalWithoutUserName = api().post(
                        "API/Clients/Save" + ADMIN,
                        "{\"viewModel\":{\"Enterprises\":[{\"Id\":\"" + ENTERPRISE
                                + "\"}],\"FirstName\":\"A\",\"LastName\":\"B\",\"HasPortalAccess\":true}}");
        assertEquals(1, portalWithoutUserName.status());
        assertTrue(portalWithoutUserName.message().startsWith("UserName"), portalWithoutUserName.message());

        Answer culture = api().post(
                        "API/Clients/Save" + ADMIN,
                        "{\"viewModel\":{\"Enterprises\":[{\"Id\":\"" + ENTERPRISE
                                + "\"}],\"FirstName\":\"A\",\"LastName\":\"B\",\"PreferedCulture\":\"de-DE\"}}");
        assertEquals(1, culture.status());
        assertTrue(culture.message().startsWith("PreferedCulture"), culture.message());
    }

    @Test
    void anUnknownPropertyIsRefusedByName() throws Exception {
        Answer answer = api().post(
                        "API/Clients/UpdateProperty",
                        ApiClient.resource("client-update-property.json").replace("HasPortalAccess", "Nickname"));
        assertEquals(1, answer.status());
        assertTrue(
                answer.message()
                        .startsWith("PropertyName: a client has no property 'Nickname' that can be updated;"
                                + " known: HasPortalAccess"),
                answer.message());
    }

    @Test
    void anUnknownClientIsNotFound() throws Exception {
        Answer answer = api().post(
                        "API/Clients/UpdateProperty",
                        ApiClient.resource("client-update-property.json")
                                .replace(CLIENT_API, "b9498fa8-0000-49c4-b09d-9dc2d2216675"));
        assertEquals(4, answer.status());
        assertEquals(404, answer.httpStatus());
    }

    @Test
    void aResourceWithoutThePermissionIsRefusedAndNothingIsWritten() throws Exception {
        String lastName = "Viewer " + UUID.randomUUID();
        Answer save = api().post("API/Clients/Save", filled("client-save.json", "Not", lastName, "viewer", "pax123"));
        assertEquals(3, save.status());
        assertEquals(403, save.httpStatus());
        assertTrue(save.message().contains("CLIENT_CREATE"), save.message());
        assertEquals("0", queryText("select count(*)::text from client where last_name = ?", lastName));

        String before =
                queryText("select has_portal_access || '|' || version from client where id = ?::uuid", CLIENT_API);
        Answer update = api().post(
                        "API/Clients/UpdateProperty",
                        ApiClient.resource("client-update-property.json")
                                .replace("\"username\":\"admin\"", "\"username\":\"viewer\""));
        assertEquals(3, update.status());
        assertTrue(update.message().contains("CLIENT_EDIT"), update.message());
        assertEquals(
                before,
                queryText("select has_portal_access || '|' || version from client where id = ?::uuid", CLIENT_API),
                "clientapi is unchanged");
    }

    /** A documented Save body with its placeholders filled in, the rest verbatim. */
    private static String filled(String resource, String firstName, String lastName, String user, String password)
            throws Exception {
        return ApiClient.resource(resource)
                .replace("<EnterpriseId>", ENTERPRISE)
                .replace("<Client First Name>", firstName)
                .replace("<Client Last Name>", lastName)
                .replace("<Client Last Nam>>", lastName)
                .replace("<your user name>", user)
                .replace("<your password>", password)
                .replace("<your passwor>", password);
    }

    /** One text value read straight from the test database, to see what was (or was not) written. */
    private static String queryText(String sql, String parameter) throws Exception {
        try (Connection connection = DriverManager.getConnection(
                        TestDatabase.url(TestDatabase.name()), TestDatabase.user(), TestDatabase.password());
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }

    private ApiClient api() throws Exception {
        return new ApiClient(base.toURI());
    }
}
