package org.c2desk.imports;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.c2desk.security.Caller;

/**
 * The CI import template: the header row, UTF-8 with a byte-order mark ({@link ClientTemplate#write}). The system
 * columns first, then the custom fields of every CI form (the sections all CIs share, then each type's), each named
 * "CF:" and its sequence number.
 */
@Stateless
public class CiTemplate {

    /** Advice shown next to the download. */
    public static final String HELP = "Keep the column names of the first row. Folder, Category, Type and State: a"
            + " name or an id (a folder also by its path, Parent/Child); Owner: a client's user name, e-mail address"
            + " or id; Enterprise: names or ids separated by ';'. Leave CINumber blank for a new CI. Fill only the"
            + " custom fields of the row's type. Save as \"CSV UTF-8 (comma delimited)\".";

    @EJB
    ImportKinds kinds;

    /** The header row, for whoever may see imports. */
    public List<String> header(Caller caller) {
        return kinds.templateHeader(caller, ImportRun.Kind.CI);
    }

    public static List<String> header(List<CustomColumn> custom) {
        List<String> header = new ArrayList<>(CiRowMapper.SYSTEM_COLUMNS);
        custom.forEach(c -> header.add(c.sequenceColumn()));
        return header;
    }

    public void write(Caller caller, OutputStream out) {
        ClientTemplate.write(header(caller), out);
    }
}
