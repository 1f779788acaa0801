package org.c2desk.imports;

/**
 * One reason a row was refused.
 *
 * @param lineNumber the physical line of the file where the record starts (the header is line 1)
 * @param recordNumber the data record's number (1 = the first after the header)
 * @param column the template column at fault, null when the row as a whole is (e.g. too many values)
 * @param value the value refused, as the file holds it (null when the column is missing)
 * @param reason what is wrong, naming the column, in English
 */
public record Rejection(long lineNumber, long recordNumber, String column, String value, String reason) {

    /** A problem found in one record's cell, before its line is known. */
    public record Cell(String column, String value, String reason) {

        public Rejection at(long lineNumber, long recordNumber) {
            return new Rejection(lineNumber, recordNumber, column, value, reason);
        }
    }
}
