package org.c2desk.cmdb;

import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;
import org.c2desk.client.Client;
import org.c2desk.platform.LocalizedText;
import org.c2desk.platform.ValidationException;

/**
 * The system fields of a configuration item that the C2 API's UpdateProperty may change, by their API names, each
 * with how its text value is read, checked and applied. Every check runs before the item is changed.
 */
enum CiProperty {
    IS_ACTIVE("IsActive") {
        @Override
        void apply(CiService service, ConfigurationItem ci, String value, String by) {
            ci.setActive(bool(value));
        }
    },
    STATE("StateId") {
        @Override
        void apply(CiService service, ConfigurationItem ci, String value, String by) {
            UUID id = optionalUuid(value);
            ci.setState(id == null ? null : service.reference(CiState.class, id, apiName));
        }
    },
    OWNER("OwnerId") {
        @Override
        void apply(CiService service, ConfigurationItem ci, String value, String by) {
            UUID id = optionalUuid(value);
            ci.setOwner(id == null ? null : service.reference(Client.class, id, apiName));
        }
    },
    ENGLISH_NAME("EnglishName") {
        @Override
        void apply(CiService service, ConfigurationItem ci, String value, String by) {
            ci.rename(
                    new LocalizedText(
                            CiService.name(value, apiName), ci.getName().french()),
                    by);
        }
    },
    FRENCH_NAME("FrenchName") {
        @Override
        void apply(CiService service, ConfigurationItem ci, String value, String by) {
            String french = value == null || value.isBlank() ? ci.getName().english() : CiService.name(value, apiName);
            ci.rename(new LocalizedText(ci.getName().english(), french), by);
        }
    },
    ENGLISH_DESCRIPTION("EnglishDescription") {
        @Override
        void apply(CiService service, ConfigurationItem ci, String value, String by) {
            ci.setDescription(new LocalizedText(
                    CiService.description(value, apiName), ci.getDescription().french()));
        }
    },
    FRENCH_DESCRIPTION("FrenchDescription") {
        @Override
        void apply(CiService service, ConfigurationItem ci, String value, String by) {
            ci.setDescription(new LocalizedText(ci.getDescription().english(), CiService.description(value, apiName)));
        }
    },
    FOLDER("CIFolderId") {
        @Override
        void apply(CiService service, ConfigurationItem ci, String value, String by) {
            ci.moveTo(service.reference(CiFolder.class, requiredUuid(value), apiName));
        }
    },
    CATEGORY("CategoryId") {
        @Override
        void apply(CiService service, ConfigurationItem ci, String value, String by) {
            CiCategory category = service.reference(CiCategory.class, requiredUuid(value), apiName);
            CiService.checkTypeFitsCategory(ci.getType(), category, apiName);
            ci.setCategory(category);
        }
    },
    TYPE("CITypeId") {
        @Override
        void apply(CiService service, ConfigurationItem ci, String value, String by) {
            UUID id = optionalUuid(value);
            CiType type = id == null ? null : service.reference(CiType.class, id, apiName);
            CiService.checkTypeFitsCategory(type, ci.getCategory(), apiName);
            ci.setType(type);
        }
    },
    TAGS("Tags") {
        @Override
        void apply(CiService service, ConfigurationItem ci, String value, String by) {
            ci.setTags(CiService.tags(value));
        }
    },
    EXTERNAL_ID("ExternalId") {
        @Override
        void apply(CiService service, ConfigurationItem ci, String value, String by) {
            ci.setExternalId(service.externalId(value, ci.getId()));
        }
    };

    final String apiName;

    CiProperty(String apiName) {
        this.apiName = apiName;
    }

    /** The property the API names, case-insensitively; an unknown name is refused with the list of known ones. */
    static CiProperty named(String name) {
        for (CiProperty property : values()) {
            if (property.apiName.equalsIgnoreCase(name == null ? "" : name.trim())) {
                return property;
            }
        }
        throw new ValidationException(
                "PropertyName",
                "error.unknownProperty",
                "PropertyName: a CI has no property '" + name + "' that can be updated; known: " + knownNames(),
                name);
    }

    static String knownNames() {
        return Arrays.stream(values()).map(p -> p.apiName).collect(Collectors.joining(", "));
    }

    /** Checks {@code value} and changes the item; throws before changing anything when the value is refused. */
    abstract void apply(CiService service, ConfigurationItem ci, String value, String by);

    boolean bool(String value) {
        String text = value == null ? "" : value.trim();
        if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(text);
        }
        throw invalid(
                apiName + ": expected true or false but got " + (value == null ? "nothing" : "\"" + value + "\""));
    }

    /** A GUID, or null for an empty value (blank or the empty GUID, the C2 API's "no value"). */
    UUID optionalUuid(String value) {
        if (value == null || value.isBlank() || value.trim().equals(CiService.EMPTY_GUID)) {
            return null;
        }
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            throw invalid(apiName + ": \"" + value + "\" is not a GUID");
        }
    }

    UUID requiredUuid(String value) {
        UUID id = optionalUuid(value);
        if (id == null) {
            throw new ValidationException(apiName, "error.required", apiName + " is required: Value must be a GUID");
        }
        return id;
    }

    private ValidationException invalid(String message) {
        return new ValidationException(apiName, "error.invalidValue", message);
    }
}
