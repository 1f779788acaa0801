package org.c2desk.cmdb;

import static org.c2desk.platform.Change.orKeep;

import java.util.UUID;
import org.c2desk.platform.Change;

/**
 * The system fields of a configuration item a change may set, each either kept or given a new value
 * ({@link Change}); {@link CiService#update} checks every given value before it changes anything. Null clears an
 * optional field (type, state, owner, descriptions, tags, external id); the folder, the category, the English name
 * and {@code active} cannot be cleared; a blank French name falls back to the English one.
 */
public record CiChanges(
        Change<String> englishName,
        Change<String> frenchName,
        Change<String> englishDescription,
        Change<String> frenchDescription,
        Change<UUID> folderId,
        Change<UUID> categoryId,
        Change<UUID> typeId,
        Change<UUID> stateId,
        Change<UUID> ownerId,
        Change<String> tags,
        Change<String> externalId,
        Change<Boolean> active) {

    public CiChanges {
        englishName = orKeep(englishName);
        frenchName = orKeep(frenchName);
        englishDescription = orKeep(englishDescription);
        frenchDescription = orKeep(frenchDescription);
        folderId = orKeep(folderId);
        categoryId = orKeep(categoryId);
        typeId = orKeep(typeId);
        stateId = orKeep(stateId);
        ownerId = orKeep(ownerId);
        tags = orKeep(tags);
        externalId = orKeep(externalId);
        active = orKeep(active);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** True when no field is given. */
    public boolean isEmpty() {
        return this.equals(builder().build());
    }

    /** Sets the fields a caller gives, one by one; those not set are kept. */
    public static final class Builder {
        private Change<String> englishName;
        private Change<String> frenchName;
        private Change<String> englishDescription;
        private Change<String> frenchDescription;
        private Change<UUID> folderId;
        private Change<UUID> categoryId;
        private Change<UUID> typeId;
        private Change<UUID> stateId;
        private Change<UUID> ownerId;
        private Change<String> tags;
        private Change<String> externalId;
        private Change<Boolean> active;

        private Builder() {}

        public Builder englishName(String value) {
            englishName = Change.to(value);
            return this;
        }

        public Builder frenchName(String value) {
            frenchName = Change.to(value);
            return this;
        }

        public Builder englishDescription(String value) {
            englishDescription = Change.to(value);
            return this;
        }

        public Builder frenchDescription(String value) {
            frenchDescription = Change.to(value);
            return this;
        }

        public Builder folderId(UUID value) {
            folderId = Change.to(value);
            return this;
        }

        public Builder categoryId(UUID value) {
            categoryId = Change.to(value);
            return this;
        }

        public Builder typeId(UUID value) {
            typeId = Change.to(value);
            return this;
        }

        public Builder stateId(UUID value) {
            stateId = Change.to(value);
            return this;
        }

        public Builder ownerId(UUID value) {
            ownerId = Change.to(value);
            return this;
        }

        public Builder tags(String value) {
            tags = Change.to(value);
            return this;
        }

        public Builder externalId(String value) {
            externalId = Change.to(value);
            return this;
        }

        public Builder active(boolean value) {
            active = Change.to(value);
            return this;
        }

        public CiChanges build() {
            return new CiChanges(
                    englishName,
                    frenchName,
                    englishDescription,
                    frenchDescription,
                    folderId,
                    categoryId,
                    typeId,
                    stateId,
                    ownerId,
                    tags,
                    externalId,
                    active);
        }
    }
}
