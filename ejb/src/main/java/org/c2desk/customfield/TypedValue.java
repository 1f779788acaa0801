package org.c2desk.customfield;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;

/**
 * A custom field value converted to its Java type: exactly one of text, decimal, integer, date and time, date,
 * boolean or reference (a client's, a resource's or a list item's id). "No value" is {@code null}, never a
 * TypedValue: {@link #of(FieldValue)} answers null for an empty row and {@link FieldValueCodec#parse} for a blank
 * input.
 *
 * <p>Equality is by meaning: {@code 123.45} equals {@code 123.450000}, and date-times are kept in UTC to the
 * microsecond (what {@code timestamptz} stores), so a value read back equals the value written.
 */
public sealed interface TypedValue {

    /** Sets the matching column of {@code target} and clears the others. */
    void applyTo(FieldValue target, String by);

    /** The value a row holds, or null when it holds none. */
    static TypedValue of(FieldValue row) {
        if (row == null) {
            return null;
        }
        if (row.getTextValue() != null) {
            return new Text(row.getTextValue());
        }
        if (row.getDecimalValue() != null) {
            return new Decimal(row.getDecimalValue());
        }
        if (row.getIntegerValue() != null) {
            return new Int(row.getIntegerValue());
        }
        if (row.getDatetimeValue() != null) {
            return new DateTime(row.getDatetimeValue());
        }
        if (row.getDateValue() != null) {
            return new Date(row.getDateValue());
        }
        if (row.getBooleanValue() != null) {
            return new Bool(row.getBooleanValue());
        }
        if (row.getReferenceId() != null) {
            return new Reference(row.getReferenceId());
        }
        return null;
    }

    /** Applies {@code value} to {@code target}, clearing it when {@code value} is null (no value). */
    static void apply(TypedValue value, FieldValue target, String by) {
        if (value == null) {
            target.clear(by);
        } else {
            value.applyTo(target, by);
        }
    }

    /** TEXT and MULTILINE_TEXT. */
    record Text(String value) implements TypedValue {
        public Text {
            Objects.requireNonNull(value);
        }

        @Override
        public void applyTo(FieldValue target, String by) {
            target.assignText(value, by);
        }
    }

    /** DECIMAL; compares by numeric value, whatever the scale. */
    record Decimal(BigDecimal value) implements TypedValue {
        public Decimal {
            Objects.requireNonNull(value);
        }

        @Override
        public void applyTo(FieldValue target, String by) {
            target.assignDecimal(value, by);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Decimal other && value.compareTo(other.value) == 0;
        }

        @Override
        public int hashCode() {
            return value.signum() == 0 ? 0 : value.stripTrailingZeros().hashCode();
        }
    }

    /** INTEGER. */
    record Int(long value) implements TypedValue {
        @Override
        public void applyTo(FieldValue target, String by) {
            target.assignInteger(value, by);
        }
    }

    /** DATETIME: an instant, normalized to UTC and truncated to microseconds. */
    record DateTime(OffsetDateTime value) implements TypedValue {
        public DateTime {
            value = value.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        }

        @Override
        public void applyTo(FieldValue target, String by) {
            target.assignDatetime(value, by);
        }
    }

    /** DATE. */
    record Date(LocalDate value) implements TypedValue {
        public Date {
            Objects.requireNonNull(value);
        }

        @Override
        public void applyTo(FieldValue target, String by) {
            target.assignDate(value, by);
        }
    }

    /** CHECKBOX. */
    record Bool(boolean value) implements TypedValue {
        @Override
        public void applyTo(FieldValue target, String by) {
            target.assignBoolean(value, by);
        }
    }

    /** CLIENT and RESOURCE (the person's id) and LIST (the chosen {@link FieldListItem}'s id). */
    record Reference(UUID id) implements TypedValue {
        public Reference {
            Objects.requireNonNull(id);
        }

        @Override
        public void applyTo(FieldValue target, String by) {
            target.assignReference(id, by);
        }
    }
}
