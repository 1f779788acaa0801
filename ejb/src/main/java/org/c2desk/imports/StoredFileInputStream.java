package org.c2desk.imports;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * An import file read back from the database part by part ({@code import_file_part}, {@link ImportRuns#PART_SIZE}
 * each): at most one part in memory, whatever the file's size. Each part is fetched with a connection of its own,
 * taken and returned at once (enlisted in the caller's transaction when there is one).
 */
public final class StoredFileInputStream extends InputStream {

    private final DataSource dataSource;
    private final UUID runId;
    private int nextPart;
    private byte[] part = new byte[0];
    private int position;
    private boolean end;

    public StoredFileInputStream(DataSource dataSource, UUID runId) {
        this.dataSource = dataSource;
        this.runId = runId;
    }

    @Override
    public int read() throws IOException {
        if (!fill()) {
            return -1;
        }
        return part[position++] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (!fill()) {
            return -1;
        }
        int count = Math.min(length, part.length - position);
        System.arraycopy(part, position, buffer, offset, count);
        position += count;
        return count;
    }

    private boolean fill() throws IOException {
        while (position >= part.length) {
            if (end) {
                return false;
            }
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement select = connection.prepareStatement(
                            "select content from import_file_part where import_run_id = ? and part_number = ?")) {
                select.setObject(1, runId);
                select.setInt(2, nextPart);
                try (ResultSet result = select.executeQuery()) {
                    if (result.next()) {
                        part = result.getBytes(1);
                        position = 0;
                        nextPart++;
                    } else {
                        end = true;
                    }
                }
            } catch (SQLException e) {
                throw new IOException("Cannot read part " + nextPart + " of the file of import " + runId, e);
            }
        }
        return true;
    }
}
