package org.c2desk.imports;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.c2desk.platform.ValidationException;

/**
 * The values of one CSV record and the problems found in it so far, for a {@link RowMapper}: each column is read by
 * its fixed name through the header's positions, and a value its mapping refuses becomes a rejected cell naming the
 * column as the file spells it.
 */
final class RecordCells {

    /** How much of a refused value a report repeats. */
    private static final int SHOWN_VALUE = 1000;

    private final Map<String, Integer> positions;
    private final List<String> headerNames;
    final List<String> values;
    final List<Rejection.Cell> problems = new ArrayList<>();
    final Set<String> failed = new HashSet<>();

    /**
     * @param positions the position of each fixed column the file has, by its fixed name
     * @param headerNames the header's names as the file spells them, by position
     */
    RecordCells(Map<String, Integer> positions, List<String> headerNames, List<String> values) {
        this.positions = positions;
        this.headerNames = headerNames;
        this.values = values;
    }

    /** The column's mapped value; null when the file has no such column or the value is refused. */
    <T> T get(String column, Function<String, T> mapping) {
        Integer index = positions.get(column);
        if (index == null) {
            return null;
        }
        String raw = values.get(index);
        try {
            return mapping.apply(raw);
        } catch (ValidationException e) {
            failed.add(column);
            problems.add(new Rejection.Cell(headerNames.get(index), shown(raw), e.getMessage()));
            return null;
        }
    }

    boolean ok(String column) {
        return positions.containsKey(column) && !failed.contains(column);
    }

    void problem(String column, String reason) {
        Integer index = positions.get(column);
        failed.add(column);
        problems.add(new Rejection.Cell(
                index == null ? column : headerNames.get(index),
                index == null ? null : shown(values.get(index)),
                reason));
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** A value as a report shows it: cut to its first thousand characters. */
    static String shown(String value) {
        return value == null || value.length() <= SHOWN_VALUE ? value : value.substring(0, SHOWN_VALUE - 3) + "...";
    }
}
