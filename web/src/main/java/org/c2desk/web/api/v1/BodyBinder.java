package org.c2desk.web.api.v1;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Binds a request body to the record the OpenAPI document shows for it ({@code CiCreate}, {@code ClientPatch}...):
 * the record's components are the members a body may send, each read by its type through {@link JsonInput}, so an
 * unknown member or a wrong type is refused naming the member ({@code name.de}, {@code active}), never a 500. The
 * record is the one list of a body's fields. Nested records ({@code "name": {"en": ..., "fr": ...}}) are bound the
 * same way; {@code Map<String, String>} is a {@code customFields} object.
 */
final class BodyBinder {

    /**
     * A body as bound: the record (a member not sent is null) and the members sent, nested ones as {@code name.en},
     * which a merge patch needs to tell "not sent" from "null: clear".
     */
    record Bound<R>(R body, Set<String> sent, Map<String, String> customFields) {
        boolean sent(String member) {
            return sent.contains(member);
        }

        /** Passes {@code value} to {@code change} when {@code member} was sent (null included: it clears). */
        <T> void ifSent(String member, Supplier<T> value, Consumer<? super T> change) {
            if (sent(member)) {
                change.accept(value.get());
            }
        }
    }

    /** The member a body's custom field values come in. */
    static final String CUSTOM_FIELDS = "customFields";

    private BodyBinder() {}

    /** A POST body: null for a member not sent or sent as null. */
    static <R extends Record> Bound<R> bind(String text, Class<R> type) {
        return bind(JsonInput.parse(text), type, "", false);
    }

    /** A merge patch: as {@link #bind}, and a yes/no member sent as null is refused (it cannot be cleared). */
    static <R extends Record> Bound<R> bindPatch(String text, Class<R> type) {
        return bind(JsonInput.parse(text), type, "", true);
    }

    /** A required text member: refused, naming it, when absent or blank. */
    static String requiredText(String value, String member) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(member, member + " is required");
        }
        return value;
    }

    /** A required UUID member: refused, naming it, when absent. */
    static UUID requiredUuid(UUID value, String member) {
        if (value == null) {
            throw new InvalidInputException(member, member + " is required (a UUID)");
        }
        return value;
    }

    private static <R extends Record> Bound<R> bind(JsonInput in, Class<R> type, String path, boolean patch) {
        RecordComponent[] components = type.getRecordComponents();
        in.onlyKnown(Arrays.stream(components).map(RecordComponent::getName).toList());
        Object[] values = new Object[components.length];
        Set<String> sent = new HashSet<>();
        Map<String, String> customFields = Map.of();
        for (int i = 0; i < components.length; i++) {
            String name = components[i].getName();
            if (!in.has(name)) {
                continue;
            }
            sent.add(path + name);
            Class<?> kind = components[i].getType();
            if (kind.isRecord()) {
                JsonInput nested = in.object(name);
                if (nested != null) {
                    Bound<?> inner = bind(nested, kind.asSubclass(Record.class), path + name + ".", patch);
                    values[i] = inner.body();
                    sent.addAll(inner.sent());
                }
            } else if (kind == Map.class) {
                customFields = in.customFields(name);
                values[i] = customFields;
            } else {
                values[i] = read(in, name, components[i].getGenericType(), patch);
            }
        }
        return new Bound<>(construct(type, components, values), Set.copyOf(sent), customFields);
    }

    private static Object read(JsonInput in, String name, Type type, boolean patch) {
        if (type == String.class) {
            return in.text(name);
        }
        if (type == UUID.class) {
            return in.uuid(name);
        }
        if (type == Boolean.class) {
            Boolean value = in.bool(name);
            if (value == null && patch) {
                throw new InvalidInputException(name, name + ": expected true or false, got null");
            }
            return value;
        }
        if (type == OffsetDateTime.class) {
            return in.dateTime(name);
        }
        if (type instanceof ParameterizedType list
                && list.getRawType() == List.class
                && list.getActualTypeArguments()[0] == UUID.class) {
            return in.uuids(name);
        }
        throw new IllegalStateException("No binding for " + type + " (member " + name + ")");
    }

    private static <R extends Record> R construct(Class<R> type, RecordComponent[] components, Object[] values) {
        try {
            Constructor<R> canonical = type.getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
            canonical.setAccessible(true);
            return canonical.newInstance(values);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot build " + type.getName(), e);
        }
    }
}
