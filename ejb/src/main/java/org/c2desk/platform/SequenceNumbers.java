package org.c2desk.platform;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import javax.sql.DataSource;

/**
 * Business numbers (ticket, client, CI, resource, enterprise numbers) from PostgreSQL sequences: unique under any
 * concurrency and across every server instance of a cluster, and never rolled back (gaps are normal).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SequenceNumbers {

    /** The sequences the schema defines, one per kind of number. */
    public enum Kind {
        TICKET("ticket_number_seq"),
        CLIENT("client_number_seq"),
        RESOURCE("resource_number_seq"),
        CI("ci_number_seq"),
        ENTERPRISE("enterprise_number_seq"),
        OBJECT("object_number_seq");

        private final String sequence;

        Kind(String sequence) {
            this.sequence = sequence;
        }
    }

    /*
     * Plain JDBC on the application's datasource, not a native query of the EntityManager, and outside the caller's
     * transaction (NOT_SUPPORTED, above): a sequence is not transactional anyway, and the connection goes back to the
     * pool at once. In the caller's transaction the container would hand out the transaction's connection and keep it
     * until the commit, while EclipseLink reads through another one: a Ticket/Save then held two pool connections,
     * and 32 calls at once waited on the pool of 32 for each other (a third fewer calls per second than 8 at once).
     * A native query of the EntityManager would make EclipseLink begin its "early transaction", after which nothing
     * it reads goes into, or comes from, the shared cache of reference data (statuses, queues, the catalogue...).
     */
    @Resource(lookup = "java:app/jdbc/c2desk")
    private DataSource dataSource;

    public long next(Kind kind) {
        // The sequence name comes from the enum above, never from input.
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet value = statement.executeQuery("select nextval('" + kind.sequence + "')")) {
            value.next();
            return value.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the sequence " + kind.sequence, e);
        }
    }

    /**
     * {@code count} numbers of one kind in one round trip (a ticket and the tasks of its workflow), in ascending
     * order.
     */
    public long[] next(Kind kind, int count) {
        if (count == 1) {
            return new long[] {next(kind)};
        }
        long[] numbers = new long[count];
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "select nextval('" + kind.sequence + "') from generate_series(1, ?)")) {
            statement.setInt(1, count);
            try (ResultSet values = statement.executeQuery()) {
                for (int i = 0; i < count && values.next(); i++) {
                    numbers[i] = values.getLong(1);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the sequence " + kind.sequence, e);
        }
        Arrays.sort(numbers);
        return numbers;
    }

    /** The C2 API shows numbers as eight digits ("00000599"). */
    public static String format(long number) {
        return String.format("%08d", number);
    }
}
