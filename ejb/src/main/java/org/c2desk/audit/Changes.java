package org.c2desk.audit;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The field changes of one write, gathered as the write goes: a value that did not change is not recorded (an empty
 * value and none count as the same).
 */
public final class Changes {

    private final List<FieldChange> changes = new ArrayList<>();

    /** Records {@code field} unless {@code before} and {@code after} are the same. */
    public Changes add(String field, String before, String after) {
        return add(new FieldChange(field, null, before, after));
    }

    public Changes add(FieldChange change) {
        if (!Objects.equals(blankToNull(change.before()), blankToNull(change.after()))) {
            changes.add(change);
        }
        return this;
    }

    public Changes addAll(List<FieldChange> more) {
        more.forEach(this::add);
        return this;
    }

    /** The differences between two snapshots of an object's fields (by name), in the order of {@code before}. */
    public Changes between(Map<String, String> before, Map<String, String> after) {
        Set<String> keys = new LinkedHashSet<>(before.keySet());
        keys.addAll(after.keySet());
        keys.forEach(key -> add(key, before.get(key), after.get(key)));
        return this;
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    public List<FieldChange> list() {
        return List.copyOf(changes);
    }

    private static String blankToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
