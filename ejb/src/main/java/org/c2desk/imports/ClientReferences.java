package org.c2desk.imports;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.c2desk.platform.Culture;

/**
 * What the client row mapper resolves names against, loaded once per step: the enterprises the importing resource
 * sees (by lower-case name and by id), the countries (by upper-case ISO code) and the custom fields of the client form.
 */
public record ClientReferences(
        Map<String, EnterpriseRef> enterprises, Map<String, UUID> countries, List<CustomColumn> customFields) {

    public ClientReferences {
        enterprises = Map.copyOf(enterprises);
        countries = Map.copyOf(countries);
        customFields = List.copyOf(customFields);
    }

    public record EnterpriseRef(UUID id, String name, boolean active, Culture defaultCulture) {}
}
