package org.c2desk.batch.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.c2desk.imports.ImportFileException;
import org.junit.jupiter.api.Test;

/** The reader's CSV and encoding handling, on files generated here. */
class CsvCursorTest {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @Test
    void quotesEmbeddedCommasAndLineBreaksBomCrlfAndAccents() throws IOException {
        String text = "FirstName,LastName,StreetName\r\n"
                + "Hélène,Côté,\"12, rue de l'Église\"\r\n"
                + "\"Jean \"\"JJ\"\"\",Lefèvre,\"Bureau 3\r\nÉtage 2\"\r\n"
                + "Zoë,Müller,\r\n";
        List<CsvCursor.Row> rows = read(bytes(true, text, StandardCharsets.UTF_8), StandardCharsets.UTF_8);

        assertEquals(3, rows.size());
        assertEquals(
                List.of("Hélène", "Côté", "12, rue de l'Église"), rows.get(0).values());
        assertEquals(
                List.of("Jean \"JJ\"", "Lefèvre", "Bureau 3\r\nÉtage 2"),
                rows.get(1).values());
        assertEquals(List.of("Zoë", "Müller", ""), rows.get(2).values());
        assertEquals(
                List.of(2L, 3L, 5L),
                rows.stream().map(CsvCursor.Row::lineNumber).toList(),
                "start lines");
        assertEquals(
                List.of(1L, 2L, 3L),
                rows.stream().map(CsvCursor.Row::recordNumber).toList());
    }

    @Test
    void skipCountsRecordsAsNextReadsThem() throws IOException {
        String text = "A,B\r\n1,\"x\r\ny\"\r\n\r\n2,z\r\n3,\"a,b\"\r\n";
        try (CsvCursor cursor = new CsvCursor(
                new ByteArrayInputStream(bytes(false, text, StandardCharsets.UTF_8)), StandardCharsets.UTF_8)) {
            int count = 0;
            while (cursor.skip()) {
                count++;
            }
            assertEquals(3, count, "a quoted line break and a blank line are not records");
        }
        try (CsvCursor cursor = new CsvCursor(
                new ByteArrayInputStream(bytes(false, text, StandardCharsets.UTF_8)), StandardCharsets.UTF_8)) {
            assertTrue(cursor.skip());
            CsvCursor.Row second = cursor.next();
            assertEquals(2L, second.recordNumber());
            assertEquals(List.of("2", "z"), second.values());
        }
    }

    @Test
    void theBomIsNotPartOfTheFirstColumnName() throws IOException {
        try (CsvCursor cursor = new CsvCursor(
                new ByteArrayInputStream(bytes(true, "FirstName,LastName\n", StandardCharsets.UTF_8)),
                StandardCharsets.UTF_8)) {
            assertEquals(List.of("FirstName", "LastName"), cursor.header());
        }
    }

    @Test
    void lfOnlyBlankLinesAndNoFinalLineBreak() throws IOException {
        String text = "A,B\n1,\"x\ny\"\n\n2,z";
        List<CsvCursor.Row> rows = read(bytes(false, text, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        assertEquals(2, rows.size());
        assertEquals(2L, rows.get(0).lineNumber());
        assertEquals(5L, rows.get(1).lineNumber());
        assertEquals(List.of("2", "z"), rows.get(1).values());
    }

    @Test
    void anInvalidUtf8ByteIsRefusedNamingItsLine() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("FirstName,LastName\r\n".getBytes(StandardCharsets.UTF_8));
        for (int i = 1; i <= 5000; i++) {
            if (i == 3210) {
                // "Hélène" saved as Windows-1252: é is the single byte 0xE9, not valid UTF-8 here
                out.writeBytes("H".getBytes(StandardCharsets.UTF_8));
                out.write(0xE9);
                out.writeBytes(("l" + "ène,Tremblay\r\n").getBytes(StandardCharsets.UTF_8));
            } else {
                out.writeBytes(("Prénom" + i + ",Nom" + i + "\r\n").getBytes(StandardCharsets.UTF_8));
            }
        }
        ImportFileException refused =
                assertThrows(ImportFileException.class, () -> read(out.toByteArray(), StandardCharsets.UTF_8));
        assertEquals(3211, refused.lineNumber(), refused.getMessage());
        assertTrue(refused.getMessage().contains("line 3211"), refused.getMessage());
        assertTrue(refused.getMessage().contains("not valid UTF-8"), refused.getMessage());
    }

    @Test
    void windows1252IsReadWhenAskedFor() throws IOException {
        Charset cp1252 = Charset.forName("windows-1252");
        List<CsvCursor.Row> rows = read(bytes(false, "A,B\r\nHélène,Œuvre €\r\n", cp1252), cp1252);
        assertEquals(List.of("Hélène", "Œuvre €"), rows.get(0).values());
    }

    @Test
    void skipToContinuesAfterTheLastCommittedRecord() throws IOException {
        StringBuilder text = new StringBuilder("A\n");
        for (int i = 1; i <= 1200; i++) {
            text.append("v").append(i).append('\n');
        }
        try (CsvCursor cursor = new CsvCursor(
                new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8)) {
            cursor.skipTo(1000);
            CsvCursor.Row row = cursor.next();
            assertEquals(1001, row.recordNumber());
            assertEquals(1002, row.lineNumber());
            assertEquals(List.of("v1001"), row.values());
        }
    }

    @Test
    void anEmptyFileIsRefused() {
        assertThrows(ImportFileException.class, () -> read(new byte[0], StandardCharsets.UTF_8));
    }

    static List<CsvCursor.Row> read(byte[] file, Charset charset) throws IOException {
        List<CsvCursor.Row> rows = new ArrayList<>();
        try (CsvCursor cursor = new CsvCursor(new ByteArrayInputStream(file), charset)) {
            for (CsvCursor.Row row = cursor.next(); row != null; row = cursor.next()) {
                rows.add(row);
            }
            assertNull(cursor.next());
        }
        return rows;
    }

    static byte[] bytes(boolean bom, String text, Charset charset) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (bom) {
            out.writeBytes(BOM);
        }
        out.writeBytes(text.getBytes(charset));
        return out.toByteArray();
    }
}
