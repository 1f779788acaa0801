package org.c2desk.imports;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.c2desk.imports.ClientReferences.EnterpriseRef;

/**
 * What the CI row mapper resolves names against, loaded once per step: folders, categories, types and states (each
 * by id and by lower-case name; folders also by path "Parent/Child", states by code), the enterprises the importing
 * resource sees, the custom fields of every CI form and the form of each type.
 *
 * @param customFields one column per CI custom field (of the shared sections and of every type's), template order
 * @param forms by type id ({@link #NO_TYPE} for a CI without a type): the fields of that type's form by definition id
 */
public record CiReferences(
        Map<String, List<Ref>> folders,
        Map<String, List<Ref>> categories,
        Map<String, List<Ref>> types,
        Map<String, List<Ref>> states,
        Map<String, EnterpriseRef> enterprises,
        List<CustomColumn> customFields,
        Map<UUID, Map<UUID, CustomColumn>> forms) {

    /** The key of {@link #forms} for CIs without a type. */
    public static final UUID NO_TYPE = new UUID(0, 0);

    public CiReferences {
        folders = Map.copyOf(folders);
        categories = Map.copyOf(categories);
        types = Map.copyOf(types);
        states = Map.copyOf(states);
        enterprises = Map.copyOf(enterprises);
        customFields = List.copyOf(customFields);
        forms = Map.copyOf(forms);
    }

    /**
     * A folder, category, type or state: its id, its English name (or path, for a folder), whether it is active;
     * {@code parentId}: a type's category (null when the type fits every category).
     */
    public record Ref(UUID id, String name, boolean active, UUID parentId) {}
}
