package org.c2desk.imports;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.c2desk.security.Caller;

/**
 * The client import template: the header row, UTF-8 with a byte-order mark so Excel opens accents right. The system
 * columns first, then the client form's custom fields, each named "CF:" and its sequence number (the name that never
 * changes; the English name is accepted too on import).
 */
@Stateless
public class ClientTemplate {

    /** Advice shown next to the download, as the seed gives it. */
    public static final String HELP = "Keep the column names of the first row. In Excel, format the columns that hold"
            + " numbers (phones, postal codes, ids) as text before typing, so leading zeros stay. Enterprise: a name or"
            + " an id, several separated by ';'. Save as \"CSV UTF-8 (comma delimited)\".";

    @EJB
    ImportKinds kinds;

    /** The header row, for whoever may see imports. */
    public List<String> header(Caller caller) {
        return kinds.templateHeader(caller, ImportRun.Kind.CLIENT);
    }

    public static List<String> header(List<CustomColumn> custom) {
        List<String> header = new ArrayList<>(ClientRowMapper.SYSTEM_COLUMNS);
        custom.forEach(c -> header.add(c.sequenceColumn()));
        return header;
    }

    public void write(Caller caller, OutputStream out) {
        write(header(caller), out);
    }

    /** Writes a BOM and the header row (CRLF, as Excel writes). */
    public static void write(List<String> header, OutputStream out) {
        try {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            CSVPrinter printer = new CSVPrinter(writer, CSVFormat.EXCEL);
            printer.printRecord(header);
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
