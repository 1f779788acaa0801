package org.c2desk.imports;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.c2desk.security.Caller;

/** The report of an import's rejected rows, for whoever may see imports ({@link ImportRuns#requireMayImport}). */
@Stateless
public class ImportReports {

    @Resource(lookup = "java:app/jdbc/c2desk")
    DataSource dataSource;

    @EJB
    ImportRuns runs;

    /** The run's rejections in file order. */
    public List<Rejection> rejections(Caller caller, UUID runId, int first, int max) {
        runs.requireMayImport(caller);
        List<Rejection> rejections = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("select line_number, record_number, column_name,"
                        + " value, reason from import_rejection where import_run_id = ? order by line_number, id"
                        + " offset ? limit ?")) {
            select.setObject(1, runId);
            select.setInt(2, first);
            select.setInt(3, max);
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    rejections.add(new Rejection(
                            result.getLong(1),
                            result.getLong(2),
                            result.getString(3),
                            result.getString(4),
                            result.getString(5)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the rejections of import " + runId, e);
        }
        return rejections;
    }

    /**
     * Writes the rejection report: CSV in UTF-8 with a byte-order mark (Excel opens it right), columns Line,
     * Column, Value, Reason, in file order.
     */
    public void writeReport(Caller caller, UUID runId, OutputStream out) {
        runs.requireMayImport(caller);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("select line_number, column_name, value, reason"
                        + " from import_rejection where import_run_id = ? order by line_number, id")) {
            select.setFetchSize(1000);
            select.setObject(1, runId);
            BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            writer.write('\uFEFF');
            CSVPrinter printer = new CSVPrinter(writer, CSVFormat.EXCEL);
            printer.printRecord("Line", "Column", "Value", "Reason");
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    printer.printRecord(
                            result.getLong(1), result.getString(2), result.getString(3), result.getString(4));
                }
            }
            printer.flush();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the rejections of import " + runId, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
