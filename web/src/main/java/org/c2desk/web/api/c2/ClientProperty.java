package org.c2desk.web.api.c2;

import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;
import org.c2desk.client.ClientChanges;
import org.c2desk.client.ClientFields;
import org.c2desk.platform.ValidationException;

/**
 * The system fields of a client that Clients/UpdateProperty may change, by their C2 names (those of the Clients/Save
 * attribute table, "PreferedCulture" spelled as the documentation spells it), each with how its text {@code Value}
 * becomes a {@link ClientChanges}: "true"/"false" for the flags, a GUID for the country (blank or the empty GUID:
 * none). Malformed values are refused here, naming the property; the service checks the rest.
 */
enum ClientProperty {
    HAS_PORTAL_ACCESS("HasPortalAccess") {
        @Override
        void read(String value, ClientChanges.Builder changes) {
            changes.portalAccess(ClientFields.bool(apiName, value));
        }
    },
    IS_ACTIVE("IsActive") {
        @Override
        void read(String value, ClientChanges.Builder changes) {
            changes.active(ClientFields.bool(apiName, value));
        }
    },
    FIRST_NAME("FirstName") {
        @Override
        void read(String value, ClientChanges.Builder changes) {
            changes.firstName(value);
        }
    },
    LAST_NAME("LastName") {
        @Override
        void read(String value, ClientChanges.Builder changes) {
            changes.lastName(value);
        }
    },
    EMAIL_ADDRESS("EmailAddress") {
        @Override
        void read(String value, ClientChanges.Builder changes) {
            changes.emailAddress(value);
        }
    },
    OFFICE_PHONE("OfficePhone") {
        @Override
        void read(String value, ClientChanges.Builder changes) {
            changes.officePhone(value);
        }
    },
    MOBILE_PHONE("MobilePhone") {
        @Override
        void read(String value, ClientChanges.Builder changes) {
            changes.mobilePhone(value);
        }
    },
    STREET_NAME("StreetName") {
        @Override
        void read(String value, ClientChanges.Builder changes) {
            changes.streetName(value);
        }
    },
    CITY("City") {
        @Override
        void read(String value, ClientChanges.Builder changes) {
            changes.city(value);
        }
    },
    POSTAL_CODE("PostalCode") {
        @Override
        void read(String value, ClientChanges.Builder changes) {
            changes.postalCode(value);
        }
    },
    COUNTRY("CountryId") {
        @Override
        void read(String value, ClientChanges.Builder changes) {
            changes.countryId(uuid(apiName, value));
        }
    },
    GENDER("Gender") {
        @Override
        void read(String value, ClientChanges.Builder changes) {
            changes.gender(value);
        }
    },
    PREFERRED_CULTURE("PreferedCulture", "PreferredCulture") {
        @Override
        void read(String value, ClientChanges.Builder changes) {
            changes.preferredCulture(value);
        }
    },
    USER_NAME("UserName") {
        @Override
        void read(String value, ClientChanges.Builder changes) {
            changes.userName(value);
        }
    },
    EXTERNAL_ID("ExternalId") {
        @Override
        void read(String value, ClientChanges.Builder changes) {
            changes.externalId(value);
        }
    },
    SEARCH_FIELD1("SearchField1") {
        @Override
        void read(String value, ClientChanges.Builder changes) {
            changes.searchField1(value);
        }
    },
    SEARCH_FIELD2("SearchField2") {
        @Override
        void read(String value, ClientChanges.Builder changes) {
            changes.searchField2(value);
        }
    };

    final String apiName;
    /** Another spelling the API accepts, or null. */
    private final String alias;

    ClientProperty(String apiName) {
        this(apiName, null);
    }

    ClientProperty(String apiName, String alias) {
        this.apiName = apiName;
        this.alias = alias;
    }

    /** The change UpdateProperty asks for: one property and its text value. */
    static ClientChanges change(String property, String value) {
        ClientChanges.Builder changes = ClientChanges.builder();
        named(property).read(value, changes);
        return changes.build();
    }

    /** Reads {@code value} into {@code changes}, or refuses a malformed value naming the property. */
    abstract void read(String value, ClientChanges.Builder changes);

    /**
     * The property the API names, case-insensitively (PreferedCulture also with the usual spelling); an unknown name
     * is refused with the list of known ones.
     */
    static ClientProperty named(String name) {
        String wanted = name == null ? "" : name.trim();
        for (ClientProperty property : values()) {
            if (property.apiName.equalsIgnoreCase(wanted)
                    || (property.alias != null && property.alias.equalsIgnoreCase(wanted))) {
                return property;
            }
        }
        throw new ValidationException(
                "PropertyName",
                "error.unknownProperty",
                "PropertyName: a client has no property '"
                        + name + "' that can be updated; known: "
                        + Arrays.stream(values()).map(p -> p.apiName).collect(Collectors.joining(", ")),
                name);
    }

    /** A GUID, or none when blank or the empty GUID (the C2 API's way of writing "no value"). */
    static UUID uuid(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            UUID id = UUID.fromString(value.strip());
            return id.getMostSignificantBits() == 0 && id.getLeastSignificantBits() == 0 ? null : id;
        } catch (IllegalArgumentException e) {
            throw new ValidationException(
                    field,
                    "error.invalidValue",
                    field + ": expected a GUID but got \"" + shown(value) + "\"",
                    field,
                    value);
        }
    }

    private static String shown(String value) {
        return value.length() > 60 ? value.substring(0, 57) + "..." : value;
    }
}
