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
 * The documented {@code /API/CI/Save} and {@code /API/CI/UpdateProperty}, called from outside with the
 * documentation's own examples (kept verbatim under {@code c2api/ci-*.json}) against the demo data.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class C2CiApiIT {

    private static final String FOLDER = "867a0cc0-a85a-4b80-bd69-d0cbb11d051b";
    private static final String CATEGORY = "eab2c263-6a90-41bd-bdb7-c45a091f9326";
    private static final String TYPE = "9a3084c8-6169-4d0c-8a02-cd93c8913689";
    private static final String STATE = "3b302329-5610-4ee4-97e9-e8590be84b63";
    private static final String SECTION = "ced377b7-ea01-fcd2-2703-59de30ac9d7f";
    private static final String CLIENT2 = "40dcb93b-e4ab-4bfc-bfe8-4897120ee1ef";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.plain();
    }

    @ArquillianResource
    URL base;

    @Test
    void theSaveExampleWithoutCustomFieldsCreatesACiWithoutAType() throws Exception {
        Answer answer = api().post("API/CI/Save", ApiClient.resource("ci-save.json"));

        assertEquals(200, answer.httpStatus());
        assertEquals(0, answer.status(), answer.message());
        JsonObject data = answer.data();
        assertTrue(data.getString("CINumber").matches("\\d{8}"), data.getString("CINumber"));
        assertTrue(data.getString("SequenceNumber").matches("\\d{8}"), data.getString("SequenceNumber"));
        assertEquals(STATE, data.getString("StateId"));
        assertEquals(FOLDER, data.getString("CIFolderId"));
        assertEquals(CATEGORY, data.getString("CategoryId"));
        assertTrue(data.isNull("CITypeId"));
        assertTrue(data.isNull("CITypeName"));
        assertEquals("CIAPI", data.getString("Name"));
        assertEquals("CIAPI", data.getString("EnglishName"));
        assertEquals("CIAPI", data.getString("FrenchName"));
        assertTrue(data.getBoolean("IsActive"));
        assertTrue(data.isNull("OwnerId"));
        assertTrue(data.isNull("ExternalId"));
        assertEquals(0, data.getJsonArray("Attachments").size());
        assertEquals(0, data.getInt("CITicketsCount"));
        assertEquals("admin", data.getString("CreatedBy"));
        assertTrue(data.getString("CreatedDateTime").matches("/Date\\(\\d+\\)/"), data.getString("CreatedDateTime"));
        // A CI without a type still has the fields every CI shares.
        JsonObject customFields = data.getJsonObject("CustomFields");
        assertEquals(
                SECTION, customFields.getJsonArray("Sections").getJsonObject(0).getString("Id"));
        assertEquals(4, customFields.getJsonArray("Fields").size());
        assertEquals("False", field(data, "CF Checkbox").getString("Value"));
        assertTrue(field(data, "CF Decimal").isNull("Value"));
    }

    @Test
    void theSaveExampleWithCustomFieldsStoresTheirTypedValues() throws Exception {
        Answer answer = api().post("API/CI/Save", ApiClient.resource("ci-save-custom-fields.json"));

        assertEquals(0, answer.status(), answer.message());
        JsonObject data = answer.data();
        assertEquals("CIAPI2", data.getString("Name"));
        assertEquals(STATE, data.getString("StateId"));
        assertEquals("True", field(data, "CF Checkbox").getString("Value"));
        assertEquals("True", field(data, "CF Checkbox").getString("DisplayName"));
        assertEquals("123.450000", field(data, "CF Decimal").getString("Value"));
        assertEquals("{\"DecimalPlaces\":2}", field(data, "CF Decimal").getString("Options"));
        assertEquals(CLIENT2, field(data, "CF Client").getString("Value"));
        assertEquals("Client2 API", field(data, "CF Client").getString("DisplayName"));
        assertEquals("2018-07-05T04:00:00.0000000Z", field(data, "CF Datetime").getString("Value"));
        assertEquals(3, field(data, "CF Checkbox").getInt("DefinitionSequenceNumber"));
        assertEquals(SECTION, field(data, "CF Checkbox").getString("FieldSectionId"));
    }

    @Test
    void theUpdatePropertyExampleDeactivatesTheCi() throws Exception {
        Answer answer = api().post("API/CI/UpdateProperty", ApiClient.resource("ci-update-property.json"));

        assertEquals(200, answer.httpStatus());
        assertEquals(0, answer.status(), answer.message());
        JsonObject data = answer.data();
        assertEquals("e33ce7a9-cc55-456a-91ec-778c82a4184a", data.getString("Id"));
        assertFalse(data.getBoolean("IsActive"));
        assertEquals("00000010", data.getString("CINumber"));
        assertEquals("00000221", data.getString("SequenceNumber"));
        assertEquals("CI API", data.getString("Name"));
        assertEquals(TYPE, data.getString("CITypeId"));
        assertEquals("Inventaire", data.getString("CITypeName"));
        assertEquals(CATEGORY, data.getString("CategoryId"));
        assertEquals(FOLDER, data.getString("CIFolderId"));
        assertEquals(STATE, data.getString("StateId"));
        assertFalse(data.getBoolean("IsReadOnly"));
        assertEquals("", data.getString("Tags"));
        assertEquals(0, data.getJsonArray("CIRelationsFrom").size());
        assertEquals(0, data.getJsonArray("CIRelationsTo").size());
        assertEquals(0, data.getInt("CIClientsCount"));
        assertEquals(0, data.getInt("CIEnterprisesCount"));
        assertEquals("selenium-tests@c2enterprise.com", data.getString("CreatedBy"));
        assertEquals("/Date(1530719073083)/", data.getString("CreatedDateTime"));
        assertEquals("admin", data.getString("LastModifiedBy"));
        assertEquals("False", field(data, "CF Checkbox").getString("Value"));
    }

    @Test
    void theUpdatePropertyCustomFieldExampleUnticksTheCheckbox() throws Exception {
        Answer answer = api().post("API/CI/UpdateProperty", ApiClient.resource("ci-update-property-custom-field.json"));

        assertEquals(0, answer.status(), answer.message());
        JsonObject data = answer.data();
        assertEquals("ca0f63eb-380a-4c45-af17-3490783a663e", data.getString("Id"));
        assertEquals("CI API2", data.getString("Name"));
        assertEquals("00000011", data.getString("CINumber"));
        assertEquals("False", field(data, "CF Checkbox").getString("Value"));
        assertEquals("False", field(data, "CF Checkbox").getString("DisplayName"));
        // The other values of the example CI are untouched.
        assertEquals("123.450000", field(data, "CF Decimal").getString("Value"));
        assertEquals("Client1 Client1", field(data, "CF Client").getString("DisplayName"));
    }

    @Test
    void aMissingFolderIsNamed() throws Exception {
        Answer answer = api().post(
                        "API/CI/Save",
                        ApiClient.resource("ci-save.json").replace("\"CIFolderId\":\"" + FOLDER + "\",", ""));
        assertEquals(1, answer.status());
        assertEquals(400, answer.httpStatus());
        assertEquals("viewModel.CIFolderId is required", answer.message());
    }

    @Test
    void anUnknownStateIsNamed() throws Exception {
        Answer answer = api().post(
                        "API/CI/Save",
                        ApiClient.resource("ci-save.json").replace(STATE, "3b302329-0000-4ee4-97e9-e8590be84b63"));
        assertEquals(1, answer.status());
        assertTrue(answer.message().startsWith("StateId: no CiState has the id 3b302329-0000"), answer.message());
    }

    @Test
    void aDecimalWithTooManyPlacesIsRefusedAndNothingIsWritten() throws Exception {
        String unique = UUID.randomUUID().toString();
        String name = "C2CiApiIT decimal " + unique;
        String body = ApiClient.resource("ci-save-custom-fields.json")
                .replace("\"CIAPI2\"", "\"" + name + "\"")
                .replace("\"StateId\"", "\"ExternalId\":\"" + unique + "\",\"StateId\"");
        Answer refused = api().post("API/CI/Save", body.replace("\"123.45\"", "\"123.456\""));
        assertEquals(1, refused.status());
        assertTrue(refused.message().startsWith("CF Decimal: at most 2 decimal places"), refused.message());
        assertEquals(0, cisNamed(name));

        // Had the refused call left its CI behind, its external id would now be taken.
        Answer accepted = api().post("API/CI/Save", body);
        assertEquals(0, accepted.status(), accepted.message());
        assertEquals(unique, accepted.data().getString("ExternalId"));
        assertEquals(1, cisNamed(name));
    }

    @Test
    void aDecimalWithTooManyPlacesDoesNotChangeTheCi() throws Exception {
        Answer refused = api().post(
                        "API/CI/UpdateProperty",
                        ApiClient.resource("ci-update-property-custom-field.json")
                                .replace("\"CustomFieldSequenceNumber\":\"3\"", "\"CustomFieldSequenceNumber\":\"7\"")
                                .replace("\"false\"", "\"1.234\""));
        assertEquals(1, refused.status());
        assertTrue(refused.message().startsWith("CF Decimal: at most 2 decimal places"), refused.message());
    }

    @Test
    void aDuplicateExternalIdIsNamedNotAServerError() throws Exception {
        String body = ApiClient.resource("ci-save.json")
                .replace("\"StateId\"", "\"ExternalId\":\"" + UUID.randomUUID() + "\",\"StateId\"");
        assertEquals(0, api().post("API/CI/Save", body).status());
        Answer duplicate = api().post("API/CI/Save", body);
        assertEquals(1, duplicate.status());
        assertEquals(400, duplicate.httpStatus());
        assertTrue(duplicate.message().startsWith("ExternalId:"), duplicate.message());
    }

    @Test
    void anUnknownPropertyIsRefusedByName() throws Exception {
        Answer answer = api().post(
                        "API/CI/UpdateProperty",
                        ApiClient.resource("ci-update-property.json").replace("\"IsActive\"", "\"Colour\""));
        assertEquals(1, answer.status());
        assertTrue(answer.message().contains("'Colour'"), answer.message());
        assertTrue(answer.message().contains("known: IsActive, StateId"), answer.message());
    }

    @Test
    void anUnknownCiIsNotFound() throws Exception {
        Answer answer = api().post(
                        "API/CI/UpdateProperty",
                        ApiClient.resource("ci-update-property.json")
                                .replace("e33ce7a9-cc55-456a", "e33ce7a9-0000-456a"));
        assertEquals(4, answer.status());
        assertEquals(404, answer.httpStatus());
    }

    @Test
    void aResourceWithoutThePermissionIsRefused() throws Exception {
        Answer save = api().post(
                        "API/CI/Save",
                        ApiClient.resource("ci-save.json")
                                .replace("\"username\":\"admin\"", "\"username\":\"viewer\""));
        assertEquals(3, save.status());
        assertEquals(403, save.httpStatus());
        assertTrue(save.message().contains("CI_CREATE"), save.message());

        Answer update = api().post(
                        "API/CI/UpdateProperty",
                        ApiClient.resource("ci-update-property.json")
                                .replace("\"username\":\"admin\"", "\"username\":\"viewer\""));
        assertEquals(3, update.status());
        assertTrue(update.message().contains("CI_EDIT"), update.message());
    }

    private static JsonObject field(JsonObject ci, String name) {
        return ci.getJsonObject("CustomFields").getJsonArray("Fields").getValuesAs(JsonObject.class).stream()
                .filter(f -> f.getString("Name").equals(name))
                .findFirst()
                .orElseThrow(() ->
                        new AssertionError("No custom field " + name + " in " + ci.getJsonObject("CustomFields")));
    }

    /** Straight from the suite's database: how many CIs have this English name. */
    private static int cisNamed(String name) throws Exception {
        try (Connection db = DriverManager.getConnection(
                        TestDatabase.url(TestDatabase.name()), TestDatabase.user(), TestDatabase.password());
                PreparedStatement query =
                        db.prepareStatement("select count(*) from configuration_item where english_name = ?")) {
            query.setString(1, name);
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getInt(1);
            }
        }
    }

    private ApiClient api() throws Exception {
        return new ApiClient(base.toURI());
    }
}
