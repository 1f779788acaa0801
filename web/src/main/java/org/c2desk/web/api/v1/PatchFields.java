package org.c2desk.web.api.v1;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a PATCH may change at the top level of one kind of object: each member's v1 name, the service's property
 * name it changes and the JSON type it must have. Read in the order declared, so a change that needs another comes
 * after it (a client's user name before its portal access).
 */
final class PatchFields {

    private record Field(String serviceName, PatchKind kind) {}

    private final Map<String, Field> fields = new LinkedHashMap<>();

    PatchFields add(String member, String serviceName, PatchKind kind) {
        fields.put(member, new Field(serviceName, kind));
        return this;
    }

    /** The members a patch may send: these fields and {@code others} (read by the resource itself). */
    List<String> members(String... others) {
        List<String> members = new ArrayList<>(fields.keySet());
        members.addAll(Arrays.asList(others));
        return members;
    }

    /** The changes {@code in} sends, by the service's property names, each value checked against its JSON type. */
    Map<String, String> changes(JsonInput in) {
        Map<String, String> changes = new LinkedHashMap<>();
        fields.forEach((member, field) -> {
            if (in.has(member)) {
                changes.put(field.serviceName(), field.kind().read(in, member));
            }
        });
        return changes;
    }

    /** Adds to {@code names} each service property name with the v1 name refusals should use. */
    void addV1Names(Map<String, String> names) {
        fields.forEach((member, field) -> names.put(field.serviceName(), member));
    }
}
