package org.c2desk.client;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What it takes to create a client, whatever the channel (the C2 API's Clients/Save, the console, a CSV import): the
 * attributes of the documentation's attribute table. Values come as the caller sent them; {@link ClientService}
 * checks every one and names the attribute it refuses.
 *
 * <p>Required: at least one enterprise (the first becomes the primary one), the first and last names. Defaults:
 * active; no portal access; the preferred culture of the first enterprise. Portal access needs a user name. No
 * password is set here: a client created this way cannot sign in to the portal until a password is given to them.
 *
 * @param enterpriseIds the enterprises, the first one primary (duplicates are ignored)
 * @param active null: true
 * @param portalAccess null: false
 * @param preferredCulture "fr-CA" or "en-US" (any case); null or blank: the first enterprise's default culture
 * @param gender "M" or "F" (any case), null or blank for none
 * @param customFieldValues raw values by custom field definition id; they must belong to the client form
 */
public record NewClient(
        List<UUID> enterpriseIds,
        String firstName,
        String lastName,
        Boolean active,
        Boolean portalAccess,
        String preferredCulture,
        String streetName,
        String city,
        String postalCode,
        String officePhone,
        UUID countryId,
        String gender,
        String emailAddress,
        String userName,
        String externalId,
        Map<UUID, String> customFieldValues) {

    public NewClient {
        // Ids may not be null, but a list with a null is refused by the service with the field's name, not here.
        enterpriseIds =
                enterpriseIds == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(enterpriseIds));
        active = active == null ? Boolean.TRUE : active;
        portalAccess = portalAccess == null ? Boolean.FALSE : portalAccess;
        // Values may be null (an empty field), so no Map.copyOf.
        customFieldValues = customFieldValues == null
                ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(customFieldValues));
    }

    /** A client with only the required parts. */
    public static NewClient of(List<UUID> enterpriseIds, String firstName, String lastName) {
        return new NewClient(
                enterpriseIds,
                firstName,
                lastName,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }
}
