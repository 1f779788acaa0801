package org.c2desk.platform;

import java.util.Locale;

/** The direction of a list's sort, as the C2 API's List calls name it ({@code "Direction": "Desc"}). */
public enum SortDirection {
    ASC("Asc"),
    DESC("Desc");

    private final String apiName;

    SortDirection(String apiName) {
        this.apiName = apiName;
    }

    public String apiName() {
        return apiName;
    }

    /** "Asc" or "Desc" in any case (also "Ascending"/"Descending"); anything else is refused by name. */
    public static SortDirection named(String name) {
        String key = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        return switch (key) {
            case "asc", "ascending" -> ASC;
            case "desc", "descending" -> DESC;
            default ->
                throw new ValidationException(
                        "Direction",
                        "error.unknownValue",
                        "Direction: expected Asc or Desc but got '" + name + "'",
                        "Direction",
                        name);
        };
    }
}
