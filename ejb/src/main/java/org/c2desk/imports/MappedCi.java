package org.c2desk.imports;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.c2desk.customfield.TypedValue;
import org.c2desk.imports.ClientReferences.EnterpriseRef;

/**
 * One CI row, checked and resolved, but for its owner (a client, looked up by the writer for the whole chunk).
 * {@code present} holds the template's system columns the file has: on an update only those are written (a blank
 * FrenchName is the English name, a blank description or tags empty, a blank Type, State or Owner clears it, a blank
 * IsActive leaves it as it is). Custom values: the fields of the type's form the file has; null means blank.
 *
 * @param ciNumber the CI number the row names (a check on updates), null when blank
 * @param owner the Owner cell (a client's id, e-mail address or user name), null when blank
 */
public record MappedCi(
        Set<String> present,
        Long ciNumber,
        String englishName,
        String frenchName,
        UUID folderId,
        UUID categoryId,
        UUID typeId,
        UUID stateId,
        String owner,
        String englishDescription,
        String frenchDescription,
        String tags,
        String externalId,
        List<EnterpriseRef> enterprises,
        Boolean active,
        Map<CustomColumn, TypedValue> customValues) {

    public MappedCi {
        present = Set.copyOf(present);
        enterprises = List.copyOf(enterprises);
        customValues = Collections.unmodifiableMap(new LinkedHashMap<>(customValues));
    }

    public boolean has(String column) {
        return present.contains(column);
    }

    /** The key of the name-in-folder upsert: the folder id and the lower-case English name. */
    public String nameInFolder() {
        return folderId + "/" + englishName.toLowerCase(java.util.Locale.ROOT);
    }
}
