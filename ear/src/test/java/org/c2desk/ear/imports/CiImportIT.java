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
import org.c2desk.imports.CiTemplate;
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
 * CSV imports of CIs through the csv-import batch job, in a real Payara on real PostgreSQL, with files made here:
 * references by name or id with a precise reason for each bad row, typed custom fields, a re-import that updates, a
 * dry run that writes nothing yet judges a key repeated in another chunk as the import does, the template round trip.
 */
@ExtendWith(ArquillianExtension.class)
class CiImportIT extends ImportItSupport {

    /** The demo's shared CI section holds "CF Checkbox" (sequence 3) and "CF Decimal" (sequence 7, 2 places). */
    static final String HEADER = "CINumber,EnglishName,FrenchName,Folder,Category,Type,State,Owner,EnglishDescription,"
            + "FrenchDescription,Tags,ExternalId,Enterprise,IsActive,CF:3,CF:7";

    static final int UNKNOWN_FOLDER = 40;
    static final int TYPE_OF_ANOTHER_CATEGORY = 120;
    static final int BAD_DECIMAL = 200;
    static final int UNKNOWN_OWNER = 260;
    /** Record 10 holds a line break in a quoted description: later records start one line further. */
    static final int MULTILINE = 10;
    /** The demo's "Hardware" category, by id (the other references are by name). */
    static final String HARDWARE = "7b100000-0000-4000-8000-000000000001";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.application(CiImportIT.class, ImportItSupport.class);
    }

    @EJB
    CiTemplate template;

    @Test
    void badRowsAreReportedWithTheirLineAndColumnAndARerunUpdates() throws Exception {
        String tag = tag();
        ImportRun run = importFile(rows(tag, 300), new ImportOptions(false, false, UpsertKey.NAME_IN_FOLDER, false));

        assertEquals(ImportRun.Status.COMPLETED, run.getStatus(), run.toString());
        assertEquals(300, run.getReadCount());
        assertEquals(296, run.getInsertedCount());
        assertEquals(4, run.getRejectedCount());
        assertEquals(296L, count("select count(*) from configuration_item where english_name like '" + tag + "-%'"));
        List<Rejection> rejections = reports.rejections(admin(), run.getId(), 0, 100);
        assertEquals(
                List.of(
                        lineOf(UNKNOWN_FOLDER),
                        lineOf(TYPE_OF_ANOTHER_CATEGORY),
                        lineOf(BAD_DECIMAL),
                        lineOf(UNKNOWN_OWNER)),
                rejections.stream().map(Rejection::lineNumber).toList(),
                rejections.toString());
        assertEquals(
                List.of("Folder", "Type", "CF:7", "Owner"),
                rejections.stream().map(Rejection::column).toList());
        assertTrue(
                rejections.get(0).reason().contains("no folder is named \"Nowhere\""),
                rejections.get(0).reason());
        assertTrue(
                rejections.get(1).reason().contains("belongs to another category"),
                rejections.get(1).reason());
        assertEquals("abc", rejections.get(2).value());
        assertEquals("nobody-" + tag, rejections.get(3).value());
        assertTrue(
                rejections.get(3).reason().startsWith("Owner: no client has"),
                rejections.get(3).reason());

        // references by name, code and id; typed custom values; the French name defaults to the English one
        assertEquals(
                1L,
                count("select count(*) from configuration_item c join ci_folder f on f.id = c.ci_folder_id"
                        + " join ci_type t on t.id = c.ci_type_id join ci_state s on s.id = c.state_id"
                        + " join client o on o.id = c.owner_client_id where c.english_name = '" + tag + "-5'"
                        + " and f.english_name = 'Laptops' and t.english_name = 'Laptop' and s.code = 'IN_STOCK'"
                        + " and o.user_name = 'clientapi' and c.french_name = c.english_name"
                        + " and c.category_id = '" + HARDWARE + "' and c.tags = 'import test'"));
        assertEquals(
                1L,
                count("select count(*) from field_value v join configuration_item c on c.id = v.owner_id"
                        + " where v.owner_kind = 'CI' and c.english_name = '" + tag
                        + "-5' and v.decimal_value = 12.50"));
        assertEquals(
                1L,
                count("select count(*) from field_value v join configuration_item c on c.id = v.owner_id"
                        + " where v.owner_kind = 'CI' and c.english_name = '" + tag + "-5' and v.boolean_value"));
        assertEquals(
                1L,
                count("select count(*) from configuration_item where english_name = '" + tag + "-" + MULTILINE
                        + "' and english_description = 'Bureau 3' || chr(13) || chr(10) || 'Étage 2'"));

        ImportRun again = importFile(rows(tag, 300), new ImportOptions(false, false, UpsertKey.NAME_IN_FOLDER, false));

        assertEquals(ImportRun.Status.COMPLETED, again.getStatus(), again.toString());
        assertEquals(0, again.getInsertedCount());
        assertEquals(296, again.getUpdatedCount());
        assertEquals(4, again.getRejectedCount());
        assertEquals(
                296L,
                count("select count(*) from configuration_item where english_name like '" + tag + "-%'"),
                "nothing new");
        assertEquals(
                296L,
                count("select count(*) from configuration_item where english_name like '" + tag + "-%'"
                        + " and version = 1"),
                "each updated once");
    }

    @Test
    void aDryRunWritesNothingAndJudgesARepeatedKeyAsTheImportDoes() throws Exception {
        String tag = tag();
        // 1,200 rows in chunks of 1,000: record 1,100 repeats the name of record 3 (it updates what record 3 created),
        // record 1,150 takes the external id of record 5 under another name (refused: another CI holds it).
        byte[] file = rows(tag, 1200, 1100, 3, 1150, 5);

        ImportRun dry = importFile(file, new ImportOptions(true, false, UpsertKey.NAME_IN_FOLDER, false));

        assertEquals(ImportRun.Status.VALIDATED, dry.getStatus(), dry.toString());
        assertEquals(0L, count("select count(*) from configuration_item where english_name like '" + tag + "-%'"));
        assertEquals(
                0L,
                count("select count(*) from import_planned_key where import_run_id = '" + dry.getId() + "'"),
                "the dry run's planned keys are gone once it ended");
        List<Rejection> dryRejections = reports.rejections(admin(), dry.getId(), 0, 100);

        ImportRun real = importFile(file, new ImportOptions(false, false, UpsertKey.NAME_IN_FOLDER, false));

        assertEquals(ImportRun.Status.COMPLETED, real.getStatus(), real.toString());
        assertEquals(1200 - 4 - 1 - 1, real.getInsertedCount());
        assertEquals(1, real.getUpdatedCount());
        assertEquals(4 + 1, real.getRejectedCount());
        assertEquals(real.getInsertedCount(), dry.getInsertedCount(), "the dry run counts what the import does");
        assertEquals(real.getUpdatedCount(), dry.getUpdatedCount());
        assertEquals(real.getRejectedCount(), dry.getRejectedCount());
        List<Rejection> realRejections = reports.rejections(admin(), real.getId(), 0, 100);
        assertEquals(
                realRejections.stream()
                        .map(r -> r.lineNumber() + " " + r.column() + " " + r.reason())
                        .toList(),
                dryRejections.stream()
                        .map(r -> r.lineNumber() + " " + r.column() + " " + r.reason())
                        .toList());
        assertTrue(
                realRejections.stream()
                        .anyMatch(r -> r.lineNumber() == lineOf(1150)
                                && "ExternalId".equals(r.column())
                                && r.reason().contains("already the external id of another CI")),
                realRejections.toString());
        assertEquals(1194L, count("select count(*) from configuration_item where english_name like '" + tag + "-%'"));
    }

    @Test
    void aFileMadeFromTheTemplateImportsAndMatchesOnTheExternalId() throws Exception {
        String tag = tag();
        List<String> header = template.header(admin());
        assertEquals(
                List.of("CINumber", "EnglishName", "FrenchName", "Folder", "Category", "Type", "State", "Owner"),
                header.subList(0, 8));
        assertTrue(header.contains("CF:3") && header.contains("CF:7"), header.toString());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        template.write(admin(), out);
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("\uFEFFCINumber,EnglishName,"));

        ImportRun run = importFile(
                templateFile(header, tag, "Portable"), new ImportOptions(false, false, UpsertKey.EXTERNAL_ID, false));
        assertEquals(ImportRun.Status.COMPLETED, run.getStatus(), run.toString());
        assertEquals(
                3,
                run.getInsertedCount(),
                reports.rejections(admin(), run.getId(), 0, 10).toString());
        assertEquals(
                3L,
                count("select count(*) from configuration_item where external_id like '" + tag + "-%'"
                        + " and french_name like 'Portable%' and state_id is null and ci_type_id is null"));

        ImportRun again = importFile(
                templateFile(header, tag, "Ordinateur"), new ImportOptions(false, false, UpsertKey.EXTERNAL_ID, false));
        assertEquals(
                3,
                again.getUpdatedCount(),
                reports.rejections(admin(), again.getId(), 0, 10).toString());
        assertEquals(
                3L,
                count("select count(*) from configuration_item where external_id like '" + tag + "-%'"
                        + " and french_name like 'Ordinateur%'"));
    }

    // ------------------------------------------------------------------------------------------------ helpers

    /**
     * {@code count} CI records in the Laptops folder, with the 4 bad rows; {@code sameAs} pairs (record, earlier
     * record): the first pair repeats the earlier record's name, the second takes its external id under a new name.
     */
    static byte[] rows(String tag, int count, int... sameAs) {
        StringBuilder csv = new StringBuilder("\uFEFF").append(HEADER).append("\r\n");
        for (int i = 1; i <= count; i++) {
            String name = tag + "-" + i;
            String externalId = tag + "-x" + i;
            if (sameAs.length >= 2 && i == sameAs[0]) {
                name = tag + "-" + sameAs[1];
                externalId = tag + "-x" + sameAs[1];
            }
            if (sameAs.length >= 4 && i == sameAs[2]) {
                externalId = tag + "-x" + sameAs[3];
            }
            String folder = i == UNKNOWN_FOLDER ? "Nowhere" : i % 2 == 0 ? "laptops" : "Portables";
            String type = i == TYPE_OF_ANOTHER_CATEGORY ? "Switch" : "Laptop";
            String decimal = i == BAD_DECIMAL ? "abc" : "12.5";
            String owner = i == UNKNOWN_OWNER ? "nobody-" + tag : i % 3 == 2 ? "clientapi" : "";
            String description = i == MULTILINE ? "\"Bureau 3\r\nÉtage 2\"" : "\"Poste, 2e étage\"";
            csv.append(',')
                    .append(name)
                    .append(",,")
                    .append(folder)
                    .append(',')
                    .append(HARDWARE)
                    .append(',')
                    .append(type)
                    .append(",IN_STOCK,")
                    .append(owner)
                    .append(',')
                    .append(description)
                    .append(",,import test,")
                    .append(externalId)
                    .append(",Northwind Health,true,true,")
                    .append(decimal)
                    .append("\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] templateFile(List<String> header, String tag, String french) {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        StringBuilder csv =
                new StringBuilder("\uFEFF").append(String.join(",", header)).append("\r\n");
        for (int i = 0; i < 3; i++) {
            List<String> values = new ArrayList<>();
            for (String column : header) {
                final int n = i;
                values.add(
                        switch (column) {
                            case "EnglishName" -> "Laptop " + tag + " " + n;
                            case "FrenchName" -> french + " " + n;
                            case "Folder" -> "Laptops";
                            case "Category" -> "Matériel";
                            case "ExternalId" -> tag + "-" + n;
                            case "CF:3" -> "false";
                            default -> "";
                        });
            }
            csv.append(String.join(",", values)).append("\r\n");
        }
        file.writeBytes(csv.toString().getBytes(StandardCharsets.UTF_8));
        return file.toByteArray();
    }

    static long lineOf(int record) {
        return record + 1 + (record > MULTILINE ? 1 : 0);
    }

    ImportRun importFile(byte[] file, ImportOptions options) throws InterruptedException {
        return importFile(ImportRun.Kind.CI, "cis.csv", file, options);
    }

    static String tag() {
        return "ci" + UUID.randomUUID().toString().substring(0, 8);
    }
}
