package org.c2desk.platform;

import java.util.Objects;

/**
 * One field of a change command: either not given (the field stays as it is) or given a new value, which may be
 * null to clear the field. {@code Optional} cannot tell "not given" from "set to none", which a merge patch and the
 * C2 API's empty GUID both need.
 *
 * @param <T> the field's type
 */
public final class Change<T> {

    private static final Change<Object> KEEP = new Change<>(false, null);

    private final boolean given;
    private final T value;

    private Change(boolean given, T value) {
        this.given = given;
        this.value = value;
    }

    /** The field stays as it is. */
    @SuppressWarnings("unchecked") // KEEP holds no value, so it is a Change of any type.
    public static <T> Change<T> keep() {
        return (Change<T>) KEEP;
    }

    /** The field becomes {@code value}; null clears it (where the field may be empty). */
    public static <T> Change<T> to(T value) {
        return new Change<>(true, value);
    }

    /** {@code change}, or "keep" for null: a command's canonical constructor normalizes with it. */
    public static <T> Change<T> orKeep(Change<T> change) {
        return change == null ? keep() : change;
    }

    public boolean given() {
        return given;
    }

    /** The new value (null: cleared); only meaningful when {@link #given()}. */
    public T value() {
        return value;
    }

    /** The new value when given, else {@code current}. */
    public T orElse(T current) {
        return given ? value : current;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Change<?> other && given == other.given && Objects.equals(value, other.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(given, value);
    }

    @Override
    public String toString() {
        return given ? "Change.to(" + value + ")" : "Change.keep()";
    }
}
