package org.c2desk.client;

import static org.c2desk.platform.Change.orKeep;

import java.util.UUID;
import org.c2desk.platform.Change;

/**
 * The system fields of a client a change may set, each either kept or given a new value ({@link Change});
 * {@link ClientService#update} checks every given value before it changes anything, in this order (a user name
 * before portal access, so one change can give both). Texts are stripped, blank clears an optional one; the names
 * cannot be cleared. {@code gender} is "M" or "F", {@code preferredCulture} "en-US" or "fr-CA" (any case), checked by
 * the service like every other value.
 */
public record ClientChanges(
        Change<String> firstName,
        Change<String> lastName,
        Change<String> emailAddress,
        Change<String> officePhone,
        Change<String> mobilePhone,
        Change<String> streetName,
        Change<String> city,
        Change<String> postalCode,
        Change<UUID> countryId,
        Change<String> gender,
        Change<String> preferredCulture,
        Change<String> userName,
        Change<Boolean> portalAccess,
        Change<Boolean> active,
        Change<String> externalId,
        Change<String> searchField1,
        Change<String> searchField2) {

    public ClientChanges {
        firstName = orKeep(firstName);
        lastName = orKeep(lastName);
        emailAddress = orKeep(emailAddress);
        officePhone = orKeep(officePhone);
        mobilePhone = orKeep(mobilePhone);
        streetName = orKeep(streetName);
        city = orKeep(city);
        postalCode = orKeep(postalCode);
        countryId = orKeep(countryId);
        gender = orKeep(gender);
        preferredCulture = orKeep(preferredCulture);
        userName = orKeep(userName);
        portalAccess = orKeep(portalAccess);
        active = orKeep(active);
        externalId = orKeep(externalId);
        searchField1 = orKeep(searchField1);
        searchField2 = orKeep(searchField2);
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
        private Change<String> firstName;
        private Change<String> lastName;
        private Change<String> emailAddress;
        private Change<String> officePhone;
        private Change<String> mobilePhone;
        private Change<String> streetName;
        private Change<String> city;
        private Change<String> postalCode;
        private Change<UUID> countryId;
        private Change<String> gender;
        private Change<String> preferredCulture;
        private Change<String> userName;
        private Change<Boolean> portalAccess;
        private Change<Boolean> active;
        private Change<String> externalId;
        private Change<String> searchField1;
        private Change<String> searchField2;

        private Builder() {}

        public Builder firstName(String value) {
            firstName = Change.to(value);
            return this;
        }

        public Builder lastName(String value) {
            lastName = Change.to(value);
            return this;
        }

        public Builder emailAddress(String value) {
            emailAddress = Change.to(value);
            return this;
        }

        public Builder officePhone(String value) {
            officePhone = Change.to(value);
            return this;
        }

        public Builder mobilePhone(String value) {
            mobilePhone = Change.to(value);
            return this;
        }

        public Builder streetName(String value) {
            streetName = Change.to(value);
            return this;
        }

        public Builder city(String value) {
            city = Change.to(value);
            return this;
        }

        public Builder postalCode(String value) {
            postalCode = Change.to(value);
            return this;
        }

        public Builder countryId(UUID value) {
            countryId = Change.to(value);
            return this;
        }

        public Builder gender(String value) {
            gender = Change.to(value);
            return this;
        }

        public Builder preferredCulture(String value) {
            preferredCulture = Change.to(value);
            return this;
        }

        public Builder userName(String value) {
            userName = Change.to(value);
            return this;
        }

        public Builder portalAccess(boolean value) {
            portalAccess = Change.to(value);
            return this;
        }

        public Builder active(boolean value) {
            active = Change.to(value);
            return this;
        }

        public Builder externalId(String value) {
            externalId = Change.to(value);
            return this;
        }

        public Builder searchField1(String value) {
            searchField1 = Change.to(value);
            return this;
        }

        public Builder searchField2(String value) {
            searchField2 = Change.to(value);
            return this;
        }

        public ClientChanges build() {
            return new ClientChanges(
                    firstName,
                    lastName,
                    emailAddress,
                    officePhone,
                    mobilePhone,
                    streetName,
                    city,
                    postalCode,
                    countryId,
                    gender,
                    preferredCulture,
                    userName,
                    portalAccess,
                    active,
                    externalId,
                    searchField1,
                    searchField2);
        }
    }
}
