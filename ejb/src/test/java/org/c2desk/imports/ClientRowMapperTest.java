package org.c2desk.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.c2desk.customfield.FieldDefinition;
import org.c2desk.customfield.FieldType;
import org.c2desk.customfield.TypedValue;
import org.c2desk.imports.ClientReferences.EnterpriseRef;
import org.c2desk.platform.Culture;
import org.c2desk.platform.LocalizedText;
import org.junit.jupiter.api.Test;

/** The client template's rules, one record at a time, without a database. */
class ClientRowMapperTest {

    static final EnterpriseRef BOREAL = new EnterpriseRef(UUID.randomUUID(), "Boréal Énergie", true, Culture.FR_CA);
    static final EnterpriseRef NORTHWIND =
            new EnterpriseRef(UUID.randomUUID(), "Northwind Health", true, Culture.EN_US);
    static final EnterpriseRef CLOSED = new EnterpriseRef(UUID.randomUUID(), "Closed Corp", false, Culture.EN_US);
    static final UUID CANADA = UUID.randomUUID();
    static final FieldDefinition DECIMAL =
            new FieldDefinition(7, FieldType.DECIMAL, new LocalizedText("Budget", "Budget"), null, "test");
    static final List<String> HEADER = List.of(
            "FirstName",
            "LastName",
            "EmailAddress",
            "UserName",
            "HasPortalAccess",
            "PreferedCulture",
            "CountryCode",
            "Gender",
            "Enterprise",
            "ExternalId",
            "IsActive",
            "CF:7");

    final ClientReferences references = new ClientReferences(
            Map.of(
                    BOREAL.name().toLowerCase(),
                    BOREAL,
                    BOREAL.id().toString(),
                    BOREAL,
                    NORTHWIND.name().toLowerCase(),
                    NORTHWIND,
                    CLOSED.name().toLowerCase(),
                    CLOSED),
            Map.of("CA", CANADA),
            List.of(new CustomColumn(DECIMAL, UUID.randomUUID(), false)));

    @Test
    void aGoodRowIsMappedWithItsEnterprisesAndCustomValue() throws Exception {
        ClientRowMapper mapper = new ClientRowMapper(HEADER, references, UpsertKey.EMAIL);
        ClientRowMapper.Result result = mapper.map(row(
                "  Hélène ",
                "Côté",
                "helene.cote@example.org",
                "hcote",
                "TRUE",
                "fr-ca",
                "ca",
                "f",
                "boréal énergie; " + NORTHWIND.name(),
                "X-1",
                "",
                "12.50"));

        assertFalse(result.rejected(), result.problems().toString());
        MappedClient client = result.client();
        assertEquals("Hélène", client.firstName());
        assertEquals(List.of(BOREAL, NORTHWIND), client.enterprises());
        assertEquals(Culture.FR_CA, client.preferredCulture());
        assertEquals(CANADA, client.countryId());
        assertEquals("F", client.gender());
        assertEquals(Boolean.TRUE, client.portalAccess());
        assertNull(client.active(), "blank: the default (true) for a new client, unchanged for an update");
        TypedValue budget = client.customValues().values().iterator().next();
        assertEquals(new TypedValue.Decimal(new BigDecimal("12.50")), budget);
    }

    @Test
    void everyBadCellIsReportedWithItsColumn() throws Exception {
        ClientRowMapper mapper = new ClientRowMapper(HEADER, references, null);
        ClientRowMapper.Result result =
                mapper.map(row("Ana", "", "ana@", "", "yes", "de-DE", "ZZ", "X", "Closed Corp", "", "", "abc"));

        assertTrue(result.rejected());
        assertEquals(
                List.of(
                        "LastName",
                        "EmailAddress",
                        "HasPortalAccess",
                        "PreferedCulture",
                        "CountryCode",
                        "Gender",
                        "Enterprise",
                        "CF:7"),
                result.problems().stream().map(Rejection.Cell::column).toList());
        assertEquals("ana@", result.problems().get(1).value());
        assertTrue(
                result.problems().get(6).reason().contains("inactive"),
                result.problems().get(6).reason());
    }

    @Test
    void portalAccessNeedsAUserNameAndTheUpsertKeyIsRequired() throws Exception {
        ClientRowMapper mapper = new ClientRowMapper(HEADER, references, UpsertKey.EXTERNAL_ID);
        ClientRowMapper.Result result =
                mapper.map(row("Ana", "Silva", "", "", "true", "", "", "", "Northwind Health", "", "", ""));
        assertEquals(
                List.of("UserName", "ExternalId"),
                result.problems().stream().map(Rejection.Cell::column).toList());
    }

    @Test
    void anUnknownEnterpriseOrAWrongNumberOfValuesIsRefused() throws Exception {
        ClientRowMapper mapper = new ClientRowMapper(HEADER, references, null);
        assertEquals(
                "Enterprise",
                mapper.map(row("A", "B", "", "", "", "", "", "", "Nowhere", "", "", ""))
                        .problems()
                        .get(0)
                        .column());
        ClientRowMapper.Result shortRow = mapper.map(List.of("A", "B"));
        assertNull(shortRow.problems().get(0).column());
        assertTrue(shortRow.problems().get(0).reason().contains("2 values"));
    }

    @Test
    void customFieldsAreNamedByNumberOrEnglishNameAndHeadersAreChecked() throws Exception {
        List<String> byName = new ArrayList<>(HEADER);
        byName.set(byName.size() - 1, "budget");
        byName.set(0, "\uFEFFfirstname");
        new ClientRowMapper(byName, references, null);

        assertThrows(
                ImportFileException.class,
                () -> new ClientRowMapper(
                        List.of("FirstName", "LastName", "Enterprise", "Shoe size"), references, null));
        assertThrows(
                ImportFileException.class,
                () -> new ClientRowMapper(List.of("FirstName", "Enterprise"), references, null));
        assertThrows(
                ImportFileException.class,
                () -> new ClientRowMapper(
                        List.of("FirstName", "LastName", "Enterprise", "LastName"), references, null));
        ImportFileException noKey = assertThrows(
                ImportFileException.class,
                () -> new ClientRowMapper(List.of("FirstName", "LastName", "Enterprise"), references, UpsertKey.EMAIL));
        assertTrue(noKey.getMessage().contains("EmailAddress"));
    }

    @Test
    void theTemplateHeaderIsReadBackByTheMapper() throws Exception {
        List<String> header = ClientTemplate.header(references.customFields());
        assertEquals("CF:7", header.get(header.size() - 1));
        new ClientRowMapper(header, references, UpsertKey.USER_NAME);
    }

    private static List<String> row(String... values) {
        return Arrays.asList(values);
    }
}
