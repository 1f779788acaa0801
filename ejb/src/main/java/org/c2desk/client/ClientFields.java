package org.c2desk.client;

import java.util.Locale;
import java.util.regex.Pattern;
import org.c2desk.platform.Culture;
import org.c2desk.platform.ValidationException;

/**
 * How the text values of a client's system fields are read and checked, the same for every channel (APIs, console,
 * imports); every refusal names the field. No database: unit-tested without a container.
 */
public final class ClientFields {

    /**
     * An e-mail address as the HTML living standard's e-mail input accepts it, with at least one dot in the domain
     * (an address without one cannot be mailed from here): local part of the usual characters, domain labels of
     * letters, digits and inner hyphens.
     */
    private static final Pattern EMAIL =
            Pattern.compile("[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                    + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");

    private ClientFields() {}

    /** A required name: stripped, not blank, at most {@link Client#PERSON_NAME_LENGTH} characters. */
    public static String name(String field, String value) {
        String name = optional(field, value, Client.PERSON_NAME_LENGTH);
        if (name == null) {
            throw new ValidationException(field, "error.required", field + " is required", field);
        }
        return name;
    }

    /** An optional text: stripped, blank means none (null), at most {@code maxLength} characters. */
    public static String optional(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.length() > maxLength) {
            throw new ValidationException(
                    field,
                    "error.tooLong",
                    field + ": at most " + maxLength + " characters (got " + text.length() + ")",
                    field,
                    maxLength);
        }
        return text;
    }

    /** An optional e-mail address, checked for its form; blank means none. */
    public static String email(String field, String value) {
        String email = optional(field, value, Client.EMAIL_LENGTH);
        if (email != null && !EMAIL.matcher(email).matches()) {
            throw new ValidationException(
                    field,
                    "error.invalidEmail",
                    field + ": \"" + shown(email) + "\" is not an e-mail address (expected name@domain.tld)",
                    field,
                    email);
        }
        return email;
    }

    /** "M", "F" (any case) or none. */
    public static String gender(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String gender = value.strip().toUpperCase(Locale.ROOT);
        if (!gender.equals("M") && !gender.equals("F")) {
            throw new ValidationException(
                    field,
                    "error.invalidValue",
                    field + ": expected M or F but got \"" + shown(value) + "\"",
                    field,
                    value);
        }
        return gender;
    }

    /** "en-US" or "fr-CA" (any case); required. */
    public static Culture culture(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new ValidationException(field, "error.required", field + " is required (en-US or fr-CA)", field);
        }
        try {
            return Culture.ofCode(value.strip());
        } catch (IllegalArgumentException e) {
            throw new ValidationException(
                    field,
                    "error.invalidValue",
                    field + ": expected en-US or fr-CA but got \"" + shown(value) + "\"",
                    field,
                    value);
        }
    }

    /** "true" or "false" (any case); required. */
    public static boolean bool(String field, String value) {
        String text = value == null ? "" : value.strip();
        if (text.equalsIgnoreCase("true")) {
            return true;
        }
        if (text.equalsIgnoreCase("false")) {
            return false;
        }
        throw new ValidationException(
                field,
                "error.invalidValue",
                field + ": expected true or false but got " + (value == null ? "nothing" : "\"" + shown(value) + "\""),
                field,
                value);
    }

    private static String shown(String value) {
        return value.length() > 60 ? value.substring(0, 57) + "..." : value;
    }
}
