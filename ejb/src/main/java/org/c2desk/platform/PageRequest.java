package org.c2desk.platform;

import java.io.Serializable;

/**
 * Which page of a list a caller asks for: how many rows, and the cursor the previous page ended with (null for the
 * first page). Every list is bounded: at most {@link #MAX_SIZE} rows a page.
 */
public record PageRequest(int size, String cursor) implements Serializable {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 200;

    public PageRequest {
        if (size < 1 || size > MAX_SIZE) {
            throw new ValidationException(
                    "PageSize",
                    "error.outOfRange",
                    "PageSize: expected a whole number from 1 to " + MAX_SIZE + " but got " + size,
                    "PageSize",
                    size);
        }
        cursor = cursor == null || cursor.isBlank() ? null : cursor.strip();
    }

    /** The page asked for; no size means {@link #DEFAULT_SIZE}. */
    public static PageRequest of(Integer size, String cursor) {
        return new PageRequest(size == null ? DEFAULT_SIZE : size, cursor);
    }

    public static PageRequest first(int size) {
        return new PageRequest(size, null);
    }
}
