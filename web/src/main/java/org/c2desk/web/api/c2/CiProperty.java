package org.c2desk.web.api.c2;

import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;
import org.c2desk.cmdb.CiChanges;
import org.c2desk.platform.ValidationException;

/**
 * The system fields of a configuration item that CI/UpdateProperty may change, by their C2 names, each with how its
 * text {@code Value} becomes a {@link CiChanges}: "true"/"false" for IsActive, a GUID for the references (blank or
 * the empty GUID: none). Malformed values are refused here, naming the property; the service checks the rest.
 */
enum CiProperty {
    IS_ACTIVE("IsActive") {
        @Override
        void read(String value, CiChanges.Builder changes) {
            changes.active(bool(value));
        }
    },
    STATE("StateId") {
        @Override
        void read(String value, CiChanges.Builder changes) {
            changes.stateId(optionalUuid(value));
        }
    },
    OWNER("OwnerId") {
        @Override
        void read(String value, CiChanges.Builder changes) {
            changes.ownerId(optionalUuid(value));
        }
    },
    ENGLISH_NAME("EnglishName") {
        @Override
        void read(String value, CiChanges.Builder changes) {
            changes.englishName(value);
        }
    },
    FRENCH_NAME("FrenchName") {
        @Override
        void read(String value, CiChanges.Builder changes) {
            changes.frenchName(value);
        }
    },
    ENGLISH_DESCRIPTION("EnglishDescription") {
        @Override
        void read(String value, CiChanges.Builder changes) {
            changes.englishDescription(value);
        }
    },
    FRENCH_DESCRIPTION("FrenchDescription") {
        @Override
        void read(String value, CiChanges.Builder changes) {
            changes.frenchDescription(value);
        }
    },
    FOLDER("CIFolderId") {
        @Override
        void read(String value, CiChanges.Builder changes) {
            changes.folderId(optionalUuid(value));
        }
    },
    CATEGORY("CategoryId") {
        @Override
        void read(String value, CiChanges.Builder changes) {
            changes.categoryId(optionalUuid(value));
        }
    },
    TYPE("CITypeId") {
        @Override
        void read(String value, CiChanges.Builder changes) {
            changes.typeId(optionalUuid(value));
        }
    },
    TAGS("Tags") {
        @Override
        void read(String value, CiChanges.Builder changes) {
            changes.tags(value);
        }
    },
    EXTERNAL_ID("ExternalId") {
        @Override
        void read(String value, CiChanges.Builder changes) {
            changes.externalId(value);
        }
    };

    final String apiName;

    CiProperty(String apiName) {
        this.apiName = apiName;
    }

    /** The change UpdateProperty asks for: one property and its text value. */
    static CiChanges change(String property, String value) {
        CiChanges.Builder changes = CiChanges.builder();
        named(property).read(value, changes);
        return changes.build();
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

    /** Reads {@code value} into {@code changes}, or refuses a malformed value naming the property. */
    abstract void read(String value, CiChanges.Builder changes);

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
        if (value == null || value.isBlank() || value.trim().equals(C2Json.EMPTY_GUID)) {
            return null;
        }
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            throw invalid(apiName + ": \"" + value + "\" is not a GUID");
        }
    }

    private ValidationException invalid(String message) {
        return new ValidationException(apiName, "error.invalidValue", message);
    }
}
