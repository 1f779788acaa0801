package org.c2desk.ticket;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What changed on a ticket between two readings of {@link TicketService#editableValues}: the page an agent loaded
 * and the ticket as another agent left it. Fields are named by the edit's components ({@code summary},
 * {@code statusId}...), a custom field as {@code customFields.<its key>}. A blank text and no value are alike. Pure, so
 * it is tested without a database.
 */
public final class TicketDifferences {

    /** The prefix of a custom field's name, before its key. */
    public static final String CUSTOM = "customFields.";

    private static final RecordComponent[] COMPONENTS = TicketEdit.class.getRecordComponents();

    private TicketDifferences() {}

    /** The fields whose values differ, in the edit's order, then the custom fields in {@code loaded}'s order. */
    public static List<String> between(TicketEdit loaded, TicketEdit current) {
        List<String> changed = new ArrayList<>();
        for (RecordComponent component : COMPONENTS) {
            if (!isCustom(component) && !Objects.equals(value(loaded, component), value(current, component))) {
                changed.add(component.getName());
            }
        }
        Set<String> keys = new LinkedHashSet<>(loaded.customFields().keySet());
        keys.addAll(current.customFields().keySet());
        for (String key : keys) {
            if (!Objects.equals(
                    blankToNull(loaded.customFields().get(key)),
                    blankToNull(current.customFields().get(key)))) {
                changed.add(CUSTOM + key);
            }
        }
        return changed;
    }

    /**
     * The changes an agent asks for: the fields {@code typed} gives whose value differs from what the page was loaded
     * with; its custom fields as they are.
     */
    public static TicketEdit edits(TicketEdit loaded, TicketEdit typed) {
        Object[] values = new Object[COMPONENTS.length];
        Class<?>[] types = new Class<?>[COMPONENTS.length];
        for (int i = 0; i < COMPONENTS.length; i++) {
            RecordComponent component = COMPONENTS[i];
            types[i] = component.getType();
            Object given = get(typed, component);
            boolean changed = given != null && !Objects.equals(value(loaded, component), value(typed, component));
            values[i] = isCustom(component) || changed ? given : null;
        }
        try {
            Constructor<TicketEdit> canonical = TicketEdit.class.getDeclaredConstructor(types);
            return canonical.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("TicketEdit is a record with a canonical constructor", e);
        }
    }

    /** The value of a field named as {@link #between} names it, as text (null: none or not given). */
    public static String valueOf(TicketEdit edit, String field) {
        if (field.startsWith(CUSTOM)) {
            return blankToNull(edit.customFields().get(field.substring(CUSTOM.length())));
        }
        for (RecordComponent component : COMPONENTS) {
            if (component.getName().equals(field)) {
                Object value = value(edit, component);
                return value == null ? null : value.toString();
            }
        }
        throw new IllegalArgumentException("A ticket's edit has no field " + field);
    }

    private static boolean isCustom(RecordComponent component) {
        return component.getType() == Map.class;
    }

    /** A component's value, an Optional unwrapped, a blank text as none. */
    private static Object value(TicketEdit edit, RecordComponent component) {
        Object value = get(edit, component);
        if (value instanceof Optional<?> optional) {
            value = optional.orElse(null);
        }
        return value instanceof String text ? blankToNull(text) : value;
    }

    private static Object get(TicketEdit edit, RecordComponent component) {
        try {
            return component.getAccessor().invoke(edit);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("A record's accessor is public", e);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
