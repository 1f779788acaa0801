package org.c2desk.imports;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.c2desk.customfield.TypedValue;
import org.c2desk.imports.ClientReferences.EnterpriseRef;
import org.c2desk.platform.Culture;

/**
 * One client row, checked and resolved. {@code present} holds the template's system columns the file has: on an
 * update only those are written (a blank value clears an optional field; a blank HasPortalAccess, IsActive or
 * PreferedCulture leaves it as it is). Custom values: null means blank (cleared on update).
 */
public record MappedClient(
        Set<String> present,
        String firstName,
        String lastName,
        String emailAddress,
        String userName,
        Boolean portalAccess,
        Culture preferredCulture,
        String officePhone,
        String mobilePhone,
        String streetName,
        String city,
        String postalCode,
        UUID countryId,
        String gender,
        List<EnterpriseRef> enterprises,
        String externalId,
        Boolean active,
        Map<CustomColumn, TypedValue> customValues) {

    public MappedClient {
        present = Set.copyOf(present);
        enterprises = List.copyOf(enterprises);
        customValues = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(customValues));
    }

    public boolean has(String column) {
        return present.contains(column);
    }

    /** The culture of a new client: the row's, else the first enterprise's default. */
    public Culture cultureForInsert() {
        return preferredCulture != null ? preferredCulture : enterprises.get(0).defaultCulture();
    }
}
