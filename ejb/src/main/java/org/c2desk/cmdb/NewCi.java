package org.c2desk.cmdb;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * What it takes to create a configuration item, whatever the channel. Only the folder, the category and the English
 * name are required: a CI may have no type, no state and no owner. The French name defaults to the English one,
 * {@code active} to true. Custom field values are keyed by their definition and must belong to the CI's form (its
 * type's sections and the ones every CI shares).
 *
 * @param folderId the API's CIFolderId
 * @param categoryId the API's CategoryId
 * @param typeId the API's CITypeId; null for a CI without a type
 * @param stateId the API's StateId; may be null
 * @param ownerId the API's OwnerId, a client; may be null
 * @param englishName the API's EnglishName
 * @param frenchName the API's FrenchName; null or blank: the English name
 * @param englishDescription may be null (empty)
 * @param frenchDescription may be null (empty)
 * @param tags free keywords; may be null (empty)
 * @param externalId the id in another system, unique among CIs; null or blank for none
 * @param active the API's IsActive; null: true
 * @param customFieldValues raw values by definition id; a value may be null (an empty field)
 */
public record NewCi(
        UUID folderId,
        UUID categoryId,
        UUID typeId,
        UUID stateId,
        UUID ownerId,
        String englishName,
        String frenchName,
        String englishDescription,
        String frenchDescription,
        String tags,
        String externalId,
        Boolean active,
        Map<UUID, String> customFieldValues) {

    public NewCi {
        active = active == null ? Boolean.TRUE : active;
        // Values may be null (an empty field), so no Map.copyOf.
        customFieldValues = customFieldValues == null
                ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(customFieldValues));
    }

    /** A CI with only the required parts, for callers that fill the rest later. */
    public static NewCi of(UUID folderId, UUID categoryId, String englishName) {
        return new NewCi(folderId, categoryId, null, null, null, englishName, null, null, null, null, null, null, null);
    }
}
