package org.c2desk.ear.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.c2desk.ear.support.Deployments;
import org.c2desk.ear.support.ImportItSupport;
import org.c2desk.imports.ClientTemplate;
import org.c2desk.imports.ImportOptions;
import org.c2desk.imports.ImportRun;
import org.c2desk.imports.Rejection;
import org.c2desk.imports.UpsertKey;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * CSV imports of clients through the client-import batch job, in a real Payara on real PostgreSQL, with files made
 * here: 3 bad rows among 1,000, a re-import that updates, a dry run, the template round trip.
 */
@ExtendWith(ArquillianExtension.class)
class ClientImportIT extends ImportItSupport {

    static final String HEADER = "FirstName,LastName,EmailAddress,UserName,HasPortalAccess,PreferedCulture,"
            + "OfficePhone,MobilePhone,StreetName,City,PostalCode,CountryCode,Gender,Enterprise,ExternalId,IsActive";
    /** Record numbers of the bad rows, and the column each one gets wrong. */
    static final int BAD_EMAIL = 100;

    static final int NO_LAST_NAME = 500;
    static final int UNKNOWN_ENTERPRISE = 900;
    /** Record 10 holds a line break in a quoted value: later records start one line further. */
    static final int MULTILINE = 10;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.application(ClientImportIT.class, ImportItSupport.class);
    }

    @EJB
    ClientTemplate template;

    @Test
    void threeBadRowsAmongAThousandAreReportedAndTheRestImported() throws Exception {
        String tag = tag();
        ImportRun run = importFile(thousandRows(tag), new ImportOptions(false, false, UpsertKey.EMAIL, false));

        assertEquals(ImportRun.Status.COMPLETED, run.getStatus(), run.toString());
        assertEquals(1000, run.getReadCount());
        assertEquals(997, run.getInsertedCount());
        assertEquals(0, run.getUpdatedCount());
        assertEquals(3, run.getRejectedCount());
        assertEquals(997L, count("select count(*) from client where email_address like '" + tag + "%'"));
        List<Rejection> rejections = reports.rejections(admin(), run.getId(), 0, 100);
        assertEquals(
                List.of(lineOf(BAD_EMAIL), lineOf(NO_LAST_NAME), lineOf(UNKNOWN_ENTERPRISE)),
                rejections.stream().map(Rejection::lineNumber).toList(),
                rejections.toString());
        assertEquals(
                List.of("EmailAddress", "LastName", "Enterprise"),
                rejections.stream().map(Rejection::column).toList());
        assertEquals("Tremblay;Nowhere Inc.", rejections.get(2).value());
        assertEquals(
                1L,
                count("select count(*) from client where email_address = '" + tag + "-3@example.org'"
                        + " and city = 'Trois-Rivières' and street_name = '12, rue de l''Église'"));
        assertEquals(
                2L,
                count("select count(*) from client_enterprise ce join client c on c.id = ce.client_id"
                        + " where c.email_address = '" + tag + "-2@example.org'"),
                "two enterprises separated by ;");
        assertEquals(
                997L,
                count("select count(*) from client_enterprise ce join client c on c.id = ce.client_id"
                        + " where c.email_address like '" + tag + "%' and ce.is_primary"));

        ImportRun again = importFile(thousandRows(tag), new ImportOptions(false, false, UpsertKey.EMAIL, false));

        assertEquals(ImportRun.Status.COMPLETED, again.getStatus(), again.toString());
        assertEquals(0, again.getInsertedCount());
        assertEquals(997, again.getUpdatedCount());
        assertEquals(3, again.getRejectedCount());
        assertEquals(
                997L, count("select count(*) from client where email_address like '" + tag + "%'"), "no duplicate");

        ByteArrayOutputStream report = new ByteArrayOutputStream();
        reports.writeReport(admin(), again.getId(), report);
        String text = report.toString(StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFFLine,Column,Value,Reason\r\n"), text);
        assertEquals(4, text.split("\r\n").length, text);
    }

    @Test
    void aDryRunWritesNothingButTheReport() throws Exception {
        String tag = tag();
        ImportRun run = importFile(thousandRows(tag), new ImportOptions(true, false, UpsertKey.EMAIL, false));

        assertEquals(ImportRun.Status.VALIDATED, run.getStatus(), run.toString());
        assertEquals(997, run.getInsertedCount(), "would be inserted");
        assertEquals(3, run.getRejectedCount());
        assertEquals(0L, count("select count(*) from client where email_address like '" + tag + "%'"));
        assertEquals(3, reports.rejections(admin(), run.getId(), 0, 100).size());
    }

    @Test
    void aDryRunJudgesAKeyRepeatedInAnotherChunkAsTheImportDoes() throws Exception {
        String tag = tag();
        // Chunks of 1,000 rows. Record 1,100 repeats the e-mail address of record 3: the import updates the client
        // record 3 created. Record 1,150 takes the user name of record 5 under another address: refused.
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        for (int i = 1; i <= 1200; i++) {
            int email = i == 1100 ? 3 : i;
            String userName = i == 5 || i == 1150 ? tag + "-user5" : "";
            csv.append("Ana,Silva")
                    .append(i)
                    .append(',')
                    .append(tag)
                    .append('-')
                    .append(email)
                    .append("@example.org,")
                    .append(userName)
                    .append(",,,,,,,,,,Northwind Health,,\r\n");
        }
        byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);

        ImportRun dry = importFile(file, new ImportOptions(true, false, UpsertKey.EMAIL, false));
        assertEquals(ImportRun.Status.VALIDATED, dry.getStatus(), dry.toString());
        assertEquals(0L, count("select count(*) from client where email_address like '" + tag + "%'"));

        ImportRun real = importFile(file, new ImportOptions(false, false, UpsertKey.EMAIL, false));
        assertEquals(ImportRun.Status.COMPLETED, real.getStatus(), real.toString());
        assertEquals(1198, real.getInsertedCount());
        assertEquals(1, real.getUpdatedCount());
        assertEquals(1, real.getRejectedCount());
        assertEquals(
                List.of(real.getInsertedCount(), real.getUpdatedCount(), real.getRejectedCount()),
                List.of(dry.getInsertedCount(), dry.getUpdatedCount(), dry.getRejectedCount()),
                "the dry run counts what the import does");
        List<Rejection> rejections = reports.rejections(admin(), dry.getId(), 0, 10);
        assertEquals(1, rejections.size(), rejections.toString());
        assertEquals(1151, rejections.get(0).lineNumber());
        assertEquals("UserName", rejections.get(0).column());
        assertEquals(1198L, count("select count(*) from client where email_address like '" + tag + "%'"));
        assertEquals(
                1L,
                count("select count(*) from client where email_address = '" + tag + "-3@example.org'"
                        + " and last_name = 'Silva1100'"),
                "the second occurrence updated the first");
    }

    @Test
    void allOrNothingImportsNothingWhenARowIsBad() throws Exception {
        String tag = tag();
        ImportRun run = importFile(thousandRows(tag), new ImportOptions(false, true, null, false));

        assertEquals(ImportRun.Status.REFUSED, run.getStatus(), run.toString());
        assertEquals(0L, count("select count(*) from client where email_address like '" + tag + "%'"));
    }

    @Test
    void aFileMadeFromTheTemplateImports() throws Exception {
        String tag = tag();
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        template.write(admin(), file);
        List<String> header = template.header(admin());
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            List<String> values = new ArrayList<>();
            for (String column : header) {
                values.add(
                        switch (column) {
                            case "FirstName" -> "Éloïse" + i;
                            case "LastName" -> "Gagnon";
                            case "EmailAddress" -> tag + "-" + i + "@example.org";
                            case "Enterprise" -> "Boréal Énergie";
                            case "PreferedCulture" -> "fr-CA";
                            case "CountryCode" -> "CA";
                            case "IsActive" -> "true";
                            case "HasPortalAccess" -> "false";
                            default -> "";
                        });
            }
            rows.append(String.join(",", values)).append("\r\n");
        }
        file.writeBytes(rows.toString().getBytes(StandardCharsets.UTF_8));

        ImportRun run = importFile(file.toByteArray(), ImportOptions.DEFAULT);

        assertEquals(ImportRun.Status.COMPLETED, run.getStatus(), run.toString());
        assertEquals(
                5,
                run.getInsertedCount(),
                reports.rejections(admin(), run.getId(), 0, 10).toString());
        assertEquals(
                5L,
                count("select count(*) from client where email_address like '" + tag + "%'"
                        + " and preferred_culture = 'fr-CA'"));
    }

    @Test
    void aFileThatIsNotUtf8IsRefusedNamingTheLine() throws Exception {
        String tag = tag();
        byte[] file = (HEADER + "\r\nAna,Silva,,,,,,,,,,,,Tremblay,,\r\nH\u00e9l\u00e8ne,C,,,,,,,,,,,,Tremblay,,\r\n")
                .getBytes(StandardCharsets.ISO_8859_1);

        ImportRun run = importFile(file, ImportOptions.DEFAULT);

        assertEquals(ImportRun.Status.REFUSED, run.getStatus(), run.toString());
        assertTrue(run.getMessage().contains("line 3"), run.getMessage());
        assertEquals(
                0L,
                count("select count(*) from client where first_name = 'Ana' and last_name = 'Silva'"
                        + " and created_on > now() - interval '5 minutes' and '" + tag + "' is not null"));
    }

    // ------------------------------------------------------------------------------------------------ helpers

    /** 1,000 records: quoted commas, accents, a line break in a value, two enterprises; 3 bad rows. */
    static byte[] thousandRows(String tag) {
        StringBuilder csv = new StringBuilder("\uFEFF").append(HEADER).append("\r\n");
        for (int i = 1; i <= 1000; i++) {
            String email = i == BAD_EMAIL ? "not-an-address" : tag + "-" + i + "@example.org";
            String lastName = i == NO_LAST_NAME ? "" : "Côté" + i;
            String enterprise = i == UNKNOWN_ENTERPRISE
                    ? "Tremblay;Nowhere Inc."
                    : i == 2 ? "Northwind Health;Boréal Énergie" : "Northwind Health";
            String street = i == MULTILINE ? "\"Bureau 3\r\nÉtage 2\"" : "\"12, rue de l'Église\"";
            csv.append("Hélène")
                    .append(',')
                    .append(lastName)
                    .append(',')
                    .append(email)
                    .append(",,false,fr-CA,")
                    .append("819-555-0")
                    .append(i % 1000)
                    .append(",,")
                    .append(street)
                    .append(",Trois-Rivières,G9A 1A1,CA,F,")
                    .append(enterprise)
                    .append(",,true\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    static long lineOf(int record) {
        return record + 1 + (record > MULTILINE ? 1 : 0);
    }

    ImportRun importFile(byte[] file, ImportOptions options) throws InterruptedException {
        return importFile(ImportRun.Kind.CLIENT, "clients.csv", file, options);
    }

    static String tag() {
        return "imp" + UUID.randomUUID().toString().substring(0, 8);
    }
}
