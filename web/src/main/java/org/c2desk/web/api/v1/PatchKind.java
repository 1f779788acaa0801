package org.c2desk.web.api.v1;

/** The JSON type a PATCH member must have, and how its value is passed to a service's property change: as text. */
enum PatchKind {
    TEXT,
    UUID,
    BOOLEAN,
    DATE_TIME;

    /** The member's value as the service's text (null clears), after checking its JSON type. */
    String read(JsonInput in, String name) {
        return switch (this) {
            case UUID -> {
                java.util.UUID id = in.uuid(name);
                yield id == null ? null : id.toString();
            }
            case BOOLEAN -> {
                Boolean b = in.bool(name);
                if (b == null) {
                    throw new InvalidInputException(name, name + ": expected true or false, got null");
                }
                yield b.toString();
            }
            case DATE_TIME -> {
                java.time.OffsetDateTime at = in.dateTime(name);
                yield at == null ? null : at.toString();
            }
            case TEXT -> in.text(name);
        };
    }
}
