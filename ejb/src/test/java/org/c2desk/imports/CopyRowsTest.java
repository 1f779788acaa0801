package org.c2desk.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** The CSV that COPY receives: any text survives, null stays distinct from an empty text. */
class CopyRowsTest {

    @Test
    void quotesEveryTextAndLeavesNullUnquoted() {
        UUID id = UUID.fromString("0192f0c4-1c3a-7d2e-8f00-000000000001");
        CopyRows copy = new CopyRows("client (id, first_name, last_name, street_name, is_active)");
        copy.value(id).value("Jean \"JJ\"").value("").value(null).value(true).endRow();
        copy.value(id).value("a,b\r\nc").value("Côté").value("\\N").value(false).endRow();

        assertEquals(2, copy.rows());
        assertEquals(
                "\"" + id + "\",\"Jean \"\"JJ\"\"\",\"\",,t\n" + "\"" + id + "\",\"a,b\r\nc\",\"Côté\",\"\\N\",f\n",
                copy.csv());
    }

    @Test
    void aCsvReaderGetsTheValuesBack() throws IOException {
        CopyRows copy = new CopyRows("t (a, b, c)");
        copy.value("x\"y").value("1\n2").value(null).endRow();
        List<CSVRecord> records =
                CSVFormat.DEFAULT.parse(new StringReader(copy.csv())).getRecords();
        assertEquals(1, records.size());
        assertEquals(List.of("x\"y", "1\n2", ""), records.get(0).toList());
    }

    @Test
    void importIdsAreTimeOrdered() throws InterruptedException {
        UUID first = ImportIds.next();
        Thread.sleep(2);
        UUID later = ImportIds.next();
        assertEquals(7, first.version());
        assertTrue(first.toString().compareTo(later.toString()) < 0, first + " then " + later);
    }
}
