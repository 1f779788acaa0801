package org.c2desk.client;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.c2desk.platform.Country;
import org.c2desk.platform.ValidationException;

/**
 * The system fields of a client that the C2 API's Clients/UpdateProperty may change, by their API names (those of
 * the Clients/Save attribute table, "PreferedCulture" spelled as the documentation spells it), each with how its text
 * value is read, checked and applied. Every check runs before the client is changed.
 */
enum ClientProperty {
    HAS_PORTAL_ACCESS("HasPortalAccess") {
        @Override
        void apply(ClientService service, Client c, String value) {
            if (ClientFields.bool(apiName(), value)) {
                if (c.getUserName() == null) {
                    throw new ValidationException(
                            apiName(),
                            "error.portalNeedsUserName",
                            "HasPortalAccess: the client has no UserName; set UserName first",
                            apiName());
                }
                // Keeps the password hash the client has (none for a client created through the API).
                c.grantPortalAccess(c.getUserName(), c.getPasswordHash());
            } else {
                c.revokePortalAccess();
            }
        }
    },
    IS_ACTIVE("IsActive") {
        @Override
        void apply(ClientService service, Client c, String value) {
            c.setActive(ClientFields.bool(apiName(), value));
        }
    },
    FIRST_NAME("FirstName") {
        @Override
        void apply(ClientService service, Client c, String value) {
            c.rename(ClientFields.name(apiName(), value), c.getLastName());
        }
    },
    LAST_NAME("LastName") {
        @Override
        void apply(ClientService service, Client c, String value) {
            c.rename(c.getFirstName(), ClientFields.name(apiName(), value));
        }
    },
    EMAIL_ADDRESS("EmailAddress") {
        @Override
        void apply(ClientService service, Client c, String value) {
            c.setEmailAddress(ClientFields.email(apiName(), value));
        }
    },
    OFFICE_PHONE("OfficePhone") {
        @Override
        void apply(ClientService service, Client c, String value) {
            c.setOfficePhone(ClientFields.optional(apiName(), value, Client.PHONE_LENGTH));
        }
    },
    MOBILE_PHONE("MobilePhone") {
        @Override
        void apply(ClientService service, Client c, String value) {
            c.setMobilePhone(ClientFields.optional(apiName(), value, Client.PHONE_LENGTH));
        }
    },
    STREET_NAME("StreetName") {
        @Override
        void apply(ClientService service, Client c, String value) {
            c.changeAddress(
                    ClientFields.optional(apiName(), value, Client.STREET_NAME_LENGTH),
                    c.getCity(),
                    c.getPostalCode(),
                    c.getCountry());
        }
    },
    CITY("City") {
        @Override
        void apply(ClientService service, Client c, String value) {
            c.changeAddress(
                    c.getStreetName(),
                    ClientFields.optional(apiName(), value, Client.CITY_LENGTH),
                    c.getPostalCode(),
                    c.getCountry());
        }
    },
    POSTAL_CODE("PostalCode") {
        @Override
        void apply(ClientService service, Client c, String value) {
            c.changeAddress(
                    c.getStreetName(),
                    c.getCity(),
                    ClientFields.optional(apiName(), value, Client.POSTAL_CODE_LENGTH),
                    c.getCountry());
        }
    },
    COUNTRY("CountryId") {
        @Override
        void apply(ClientService service, Client c, String value) {
            UUID id = ClientFields.uuid(apiName(), value);
            Country country = id == null ? null : service.reference(Country.class, id, apiName());
            c.changeAddress(c.getStreetName(), c.getCity(), c.getPostalCode(), country);
        }
    },
    GENDER("Gender") {
        @Override
        void apply(ClientService service, Client c, String value) {
            c.setGender(ClientFields.gender(apiName(), value));
        }
    },
    PREFERRED_CULTURE("PreferedCulture", "PreferredCulture") {
        @Override
        void apply(ClientService service, Client c, String value) {
            c.setPreferredCulture(ClientFields.culture(apiName(), value));
        }
    },
    USER_NAME("UserName") {
        @Override
        void apply(ClientService service, Client c, String value) {
            String userName = ClientFields.optional(apiName(), value, Client.USER_NAME_LENGTH);
            if (userName == null && c.hasPortalAccess()) {
                throw new ValidationException(
                        apiName(),
                        "error.required",
                        "UserName: a client with portal access needs a user name; set HasPortalAccess to false first",
                        apiName());
            }
            if (userName != null) {
                service.requireFreeUserName(userName, c.getId());
            }
            c.changeUserName(userName);
        }
    },
    EXTERNAL_ID("ExternalId") {
        @Override
        void apply(ClientService service, Client c, String value) {
            String externalId = ClientFields.optional(apiName(), value, Client.EXTERNAL_ID_LENGTH);
            if (externalId != null) {
                service.requireFreeExternalId(externalId, c.getId());
            }
            c.setExternalId(externalId);
        }
    },
    SEARCH_FIELD1("SearchField1") {
        @Override
        void apply(ClientService service, Client c, String value) {
            c.setSearchField1(ClientFields.optional(apiName(), value, Client.SEARCH_FIELD_LENGTH));
        }
    },
    SEARCH_FIELD2("SearchField2") {
        @Override
        void apply(ClientService service, Client c, String value) {
            c.setSearchField2(ClientFields.optional(apiName(), value, Client.SEARCH_FIELD_LENGTH));
        }
    };

    private final String apiName;

    @SuppressWarnings("ImmutableEnumChecker") // List.of is unmodifiable
    private final List<String> aliases;

    ClientProperty(String apiName, String... aliases) {
        this.apiName = apiName;
        this.aliases = List.of(aliases);
    }

    String apiName() {
        return apiName;
    }

    /** Checks {@code value} and applies it to the client, or refuses naming the property; nothing changes then. */
    abstract void apply(ClientService service, Client c, String value);

    /**
     * The property the API names, case-insensitively (PreferedCulture also with the usual spelling); an unknown name
     * is refused with the list of known ones.
     */
    static ClientProperty named(String name) {
        String wanted = name == null ? "" : name.trim();
        for (ClientProperty property : values()) {
            if (property.apiName.equalsIgnoreCase(wanted)
                    || property.aliases.stream().anyMatch(alias -> alias.equalsIgnoreCase(wanted))) {
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
}
