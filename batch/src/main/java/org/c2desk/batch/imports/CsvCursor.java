package org.c2desk.batch.imports;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.c2desk.imports.ImportFileException;

/**
 * Streams the records of an import file with Apache Commons CSV (RFC 4180 as Excel writes it: commas, double quotes,
 * quoted fields holding commas, quotes and line breaks, CRLF or LF; blank lines are skipped), decoded strictly
 * ({@link StrictDecodingReader}). The first record is the header. Each data record comes with its number (1 = the
 * first after the header) and the physical line it starts on (the header is line 1).
 */
public final class CsvCursor implements Closeable {

    public static final CSVFormat FORMAT =
            CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

    /** One data record. */
    public record Row(long recordNumber, long lineNumber, List<String> values) {}

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final List<String> header;
    private long recordNumber;

    public CsvCursor(InputStream in, Charset charset) throws IOException {
        this.parser = CSVParser.builder()
                .setReader(new StrictDecodingReader(in, charset))
                .setFormat(FORMAT)
                .get();
        this.records = parser.iterator();
        CSVRecord first = nextRecord();
        if (first == null) {
            throw new ImportFileException(1, "The file is empty: the first line must be the header of the template");
        }
        this.header = first.toList();
    }

    public List<String> header() {
        return header;
    }

    /** The next data record, null at the end of the file. */
    public Row next() throws IOException {
        CSVRecord record = nextRecord();
        if (record == null) {
            return null;
        }
        recordNumber++;
        List<String> values = record.toList();
        return new Row(recordNumber, startLine(values), values);
    }

    /**
     * Passes the next data record without building its values or finding its line (counting the records);
     * false at the end of the file.
     */
    public boolean skip() throws IOException {
        if (nextRecord() == null) {
            return false;
        }
        recordNumber++;
        return true;
    }

    /** Skips data records up to {@code lastRecord} included (a restart continues after it). */
    public void skipTo(long lastRecord) throws IOException {
        while (recordNumber < lastRecord && nextRecord() != null) {
            recordNumber++;
        }
    }

    private CSVRecord nextRecord() throws IOException {
        try {
            return records.hasNext() ? records.next() : null;
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (IllegalStateException e) {
            // Commons CSV reports a broken quote (EOF inside a quoted field, text after a closing quote) so
            if (e.getCause() instanceof IOException io) {
                throw new ImportFileException(
                        parser.getCurrentLineNumber(),
                        "The file is not well-formed CSV near line " + parser.getCurrentLineNumber() + ": "
                                + io.getMessage());
            }
            throw e;
        }
    }

    /**
     * The line a record starts on: the line the parser stands on after it, less the line breaks inside its quoted
     * values (a CRLF counts once, as the parser counts it).
     */
    private long startLine(List<String> values) {
        long end = parser.getCurrentLineNumber();
        long embedded = 0;
        for (String value : values) {
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c == '\n' || (c == '\r' && (i + 1 >= value.length() || value.charAt(i + 1) != '\n'))) {
                    embedded++;
                }
            }
        }
        return end - embedded;
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
