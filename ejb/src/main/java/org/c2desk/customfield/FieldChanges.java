package org.c2desk.customfield;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Predicate;
import org.c2desk.platform.ValidationException;

/**
 * The checking half of {@link CustomFields#apply}, without the database: from a form's layout, the raw values sent
 * and the values the owner holds, the changes to write, or the first refusal. Kept apart so it is unit-tested
 * without a container.
 */
final class FieldChanges {

    /** Where a definition sits on the form: its first cell (layout order) and that cell's section. */
    record Placement(FieldCell cell, FieldSection section) {}

    /**
     * What to write for one definition: its new value (null: none) and the section holding it; {@code changed}
     * false when the owner already holds that value (only the section may need updating).
     */
    record Change(FieldDefinition definition, FieldSection section, TypedValue value, boolean changed) {}

    /** Whether a client or resource with that id exists. */
    record References(Predicate<UUID> clientExists, Predicate<UUID> resourceExists) {}

    private FieldChanges() {}

    /** Each definition of the layout with its first cell, in layout order (sections, rows, cells). */
    static Map<UUID, Placement> placements(List<FieldSection> layout) {
        Map<UUID, Placement> placements = new LinkedHashMap<>();
        for (FieldSection section : layout) {
            for (FieldRow row : section.getRows()) {
                for (FieldCell cell : row.getCells()) {
                    placements.putIfAbsent(cell.getDefinition().getId(), new Placement(cell, section));
                }
            }
        }
        return placements;
    }

    /**
     * The changes {@code raw} asks for, every one checked before any is returned.
     *
     * @param raw the raw values by definition id; a null or blank value clears the field
     * @param current the owner's values by definition id (absent: none)
     * @param creating whether the owner is being created: read-only fields may then be set, and every required
     *        field of a shown section must end up with a value
     * @throws ValidationException the first value that is refused, naming its field
     */
    static List<Change> plan(
            List<FieldSection> layout,
            Map<UUID, String> raw,
            Map<UUID, TypedValue> current,
            boolean creating,
            FieldValueCodec codec,
            References references) {
        Map<UUID, Placement> placements = placements(layout);
        raw.keySet().stream()
                .filter(id -> !placements.containsKey(id))
                .map(String::valueOf)
                .sorted()
                .findFirst()
                .ifPresent(id -> {
                    throw new ValidationException(
                            "CustomFields",
                            "error.customField.notOnForm",
                            "CustomFields: definition " + id + " is not part of this form",
                            id);
                });

        List<Change> changes = new ArrayList<>();
        Map<UUID, TypedValue> result = new HashMap<>(current);
        for (Map.Entry<UUID, Placement> placed : placements.entrySet()) {
            UUID definitionId = placed.getKey();
            if (!raw.containsKey(definitionId)) {
                continue;
            }
            FieldCell cell = placed.getValue().cell();
            FieldDefinition definition = cell.getDefinition();
            TypedValue before = current.get(definitionId);
            TypedValue after = codec.parse(definition, raw.get(definitionId));
            boolean changed = !same(definition, before, after);
            if (changed) {
                checkMayChange(cell, before, creating);
                checkReferenceExists(definition, after, references);
            }
            changes.add(new Change(definition, placed.getValue().section(), after, changed));
            result.put(definitionId, after);
        }
        if (creating) {
            checkRequired(layout, result, codec);
        }
        return changes;
    }

    /** Whether two values mean the same for that field; an unset checkbox is false. */
    static boolean same(FieldDefinition definition, TypedValue a, TypedValue b) {
        if (definition.getFieldType() == FieldType.CHECKBOX) {
            return Objects.equals(
                    a == null ? new TypedValue.Bool(false) : a, b == null ? new TypedValue.Bool(false) : b);
        }
        return Objects.equals(a, b);
    }

    private static void checkMayChange(FieldCell cell, TypedValue before, boolean creating) {
        FieldDefinition definition = cell.getDefinition();
        String field = definition.getName().english();
        if (cell.isEffectivelyReadOnly() && !creating) {
            throw new ValidationException(
                    field, "error.customField.readOnly", field + ": the field is read-only", field);
        }
        if (definition.isReadOnlyIfHasValue() && before != null) {
            throw new ValidationException(
                    field,
                    "error.customField.readOnlyIfHasValue",
                    field + ": the field has a value, which cannot be changed",
                    field);
        }
    }

    private static void checkReferenceExists(FieldDefinition definition, TypedValue value, References references) {
        if (!(value instanceof TypedValue.Reference reference)) {
            return;
        }
        String field = definition.getName().english();
        if (definition.getFieldType() == FieldType.CLIENT
                && !references.clientExists().test(reference.id())) {
            throw new ValidationException(
                    field,
                    "error.customField.unknownClient",
                    field + ": no client has the id " + reference.id(),
                    field,
                    reference.id());
        }
        if (definition.getFieldType() == FieldType.RESOURCE
                && !references.resourceExists().test(reference.id())) {
            throw new ValidationException(
                    field,
                    "error.customField.unknownResource",
                    field + ": no resource has the id " + reference.id(),
                    field,
                    reference.id());
        }
    }

    /**
     * Every required cell of a shown section must have a value. A section with a visibility condition is shown
     * when the condition's field, formatted as the API writes it, equals the expected value (ignoring case).
     */
    private static void checkRequired(List<FieldSection> layout, Map<UUID, TypedValue> result, FieldValueCodec codec) {
        for (FieldSection section : layout) {
            if (!shown(section, result, codec)) {
                continue;
            }
            for (FieldRow row : section.getRows()) {
                for (FieldCell cell : row.getCells()) {
                    if (cell.isEffectivelyRequired()
                            && result.get(cell.getDefinition().getId()) == null) {
                        String field = cell.getDefinition().getName().english();
                        throw new ValidationException(
                                field, "error.customField.required", field + ": a value is required", field);
                    }
                }
            }
        }
    }

    static boolean shown(FieldSection section, Map<UUID, TypedValue> values, FieldValueCodec codec) {
        FieldDefinition condition = section.getVisibleIfDefinition();
        if (condition == null) {
            return true;
        }
        String actual = codec.format(condition, values.get(condition.getId()));
        String expected = section.getVisibleIfValue();
        return actual == null ? expected == null || expected.isBlank() : actual.equalsIgnoreCase(expected);
    }
}
