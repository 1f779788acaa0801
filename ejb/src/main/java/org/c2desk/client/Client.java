package org.c2desk.client;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.c2desk.enterprise.Department;
import org.c2desk.enterprise.Enterprise;
import org.c2desk.platform.AuditStamp;
import org.c2desk.platform.Country;
import org.c2desk.platform.Culture;
import org.c2desk.security.SignInRecord;

/** A requestor: a person tickets are opened for, who may also sign in to the self-service portal. */
@Entity
@Table(name = "client")
public class Client {

    public static final int PERSON_NAME_LENGTH = 100;
    public static final int EMAIL_LENGTH = 254;
    public static final int PHONE_LENGTH = 40;
    public static final int STREET_NAME_LENGTH = 300;
    public static final int CITY_LENGTH = 100;
    public static final int POSTAL_CODE_LENGTH = 20;
    public static final int USER_NAME_LENGTH = 200;
    public static final int EXTERNAL_ID_LENGTH = 200;
    public static final int SEARCH_FIELD_LENGTH = 200;

    @Id
    private UUID id;

    @Column(name = "sequence_number", nullable = false, updatable = false)
    private long sequenceNumber;

    @Column(name = "first_name", nullable = false, length = PERSON_NAME_LENGTH)
    private String firstName;

    @Column(name = "last_name", nullable = false, length = PERSON_NAME_LENGTH)
    private String lastName;

    @Column(name = "email_address", length = EMAIL_LENGTH)
    private String emailAddress;

    @Column(name = "office_phone", length = PHONE_LENGTH)
    private String officePhone;

    @Column(name = "mobile_phone", length = PHONE_LENGTH)
    private String mobilePhone;

    @Column(name = "street_name", length = STREET_NAME_LENGTH)
    private String streetName;

    @Column(length = CITY_LENGTH)
    private String city;

    @Column(name = "postal_code", length = POSTAL_CODE_LENGTH)
    private String postalCode;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "country_id")
    private Country country;

    /** "M", "F" or null. */
    @Column(length = 1)
    private String gender;

    @Column(name = "preferred_culture", nullable = false)
    private Culture preferredCulture = Culture.EN_US;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "department_id")
    private Department department;

    @Column(name = "has_portal_access", nullable = false)
    private boolean portalAccess;

    @Column(name = "user_name", length = USER_NAME_LENGTH)
    private String userName;

    @Column(name = "password_hash", length = 400)
    private String passwordHash;

    /** When the password last changed; portal sessions opened before it end (see V050). Null: never changed. */
    @Column(name = "credentials_changed_on")
    private java.time.OffsetDateTime credentialsChangedOn;

    @Column(name = "sees_enterprise_tickets", nullable = false)
    private boolean seesEnterpriseTickets;

    @Column(name = "is_active", nullable = false)
    private boolean active = true;

    @Column(name = "external_id", length = EXTERNAL_ID_LENGTH)
    private String externalId;

    @Column(name = "search_field1", length = SEARCH_FIELD_LENGTH)
    private String searchField1;

    @Column(name = "search_field2", length = SEARCH_FIELD_LENGTH)
    private String searchField2;

    @Embedded
    private SignInRecord signIn = new SignInRecord();

    @Embedded
    private AuditStamp audit;

    @Version
    private long version;

    @OneToMany(mappedBy = "client", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<ClientEnterprise> enterprises = new ArrayList<>();

    protected Client() {
        // for JPA
    }

    public Client(UUID id, long sequenceNumber, String firstName, String lastName, String createdBy) {
        this.id = Objects.requireNonNull(id);
        this.sequenceNumber = sequenceNumber;
        this.firstName = Objects.requireNonNull(firstName);
        this.lastName = Objects.requireNonNull(lastName);
        this.audit = AuditStamp.createdBy(createdBy);
    }

    public Client(long sequenceNumber, String firstName, String lastName, String createdBy) {
        this(UUID.randomUUID(), sequenceNumber, firstName, lastName, createdBy);
    }

    public UUID getId() {
        return id;
    }

    /** From {@code client_number_seq}, taken by {@link org.c2desk.platform.SequenceNumbers} before insert. */
    public long getSequenceNumber() {
        return sequenceNumber;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public String getFullName() {
        return firstName + " " + lastName;
    }

    public void rename(String newFirstName, String newLastName) {
        this.firstName = Objects.requireNonNull(newFirstName);
        this.lastName = Objects.requireNonNull(newLastName);
    }

    public String getEmailAddress() {
        return emailAddress;
    }

    public void setEmailAddress(String emailAddress) {
        this.emailAddress = emailAddress;
    }

    public String getOfficePhone() {
        return officePhone;
    }

    public void setOfficePhone(String officePhone) {
        this.officePhone = officePhone;
    }

    public String getMobilePhone() {
        return mobilePhone;
    }

    public void setMobilePhone(String mobilePhone) {
        this.mobilePhone = mobilePhone;
    }

    public String getStreetName() {
        return streetName;
    }

    public String getCity() {
        return city;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public Country getCountry() {
        return country;
    }

    public void changeAddress(String newStreetName, String newCity, String newPostalCode, Country newCountry) {
        this.streetName = newStreetName;
        this.city = newCity;
        this.postalCode = newPostalCode;
        this.country = newCountry;
    }

    public String getGender() {
        return gender;
    }

    /** "M", "F" or null, as the schema allows. */
    public void setGender(String gender) {
        if (gender != null && !gender.equals("M") && !gender.equals("F")) {
            throw new IllegalArgumentException("Gender must be M, F or null: " + gender);
        }
        this.gender = gender;
    }

    public Culture getPreferredCulture() {
        return preferredCulture;
    }

    public void setPreferredCulture(Culture preferredCulture) {
        this.preferredCulture = Objects.requireNonNull(preferredCulture);
    }

    public Department getDepartment() {
        return department;
    }

    public void setDepartment(Department department) {
        this.department = department;
    }

    public boolean hasPortalAccess() {
        return portalAccess;
    }

    public String getUserName() {
        return userName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    /** Opens the portal to the client; the schema requires a user name whenever access is granted. */
    public void grantPortalAccess(String newUserName, String newPasswordHash) {
        this.userName = Objects.requireNonNull(newUserName);
        if (!Objects.equals(passwordHash, newPasswordHash)) {
            changePasswordHash(newPasswordHash);
        }
        this.portalAccess = true;
    }

    /**
     * Changes the portal user name, or clears it (null); the schema requires one while the client has portal access,
     * and the password hash stays as it is.
     */
    public void changeUserName(String newUserName) {
        if (newUserName == null && portalAccess) {
            throw new IllegalStateException("A client with portal access needs a user name");
        }
        this.userName = newUserName;
    }

    /** Closes the portal; the user name stays reserved for this client. */
    public void revokePortalAccess() {
        this.portalAccess = false;
    }

    /** A new password; every portal session opened with the old one ends at its next request. */
    public void changePasswordHash(String newPasswordHash) {
        this.passwordHash = newPasswordHash;
        // Microseconds, as PostgreSQL keeps them: a session compares the value it read at sign-in with the stored one.
        this.credentialsChangedOn = java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC)
                .truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }

    public java.time.OffsetDateTime getCredentialsChangedOn() {
        return credentialsChangedOn;
    }

    public boolean seesEnterpriseTickets() {
        return seesEnterpriseTickets;
    }

    public void setSeesEnterpriseTickets(boolean seesEnterpriseTickets) {
        this.seesEnterpriseTickets = seesEnterpriseTickets;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public String getExternalId() {
        return externalId;
    }

    public void setExternalId(String externalId) {
        this.externalId = externalId;
    }

    public String getSearchField1() {
        return searchField1;
    }

    public void setSearchField1(String searchField1) {
        this.searchField1 = searchField1;
    }

    public String getSearchField2() {
        return searchField2;
    }

    public void setSearchField2(String searchField2) {
        this.searchField2 = searchField2;
    }

    /** Password sign-ins: failures, lock, last success. */
    public SignInRecord getSignIn() {
        return signIn;
    }

    public List<ClientEnterprise> getEnterprises() {
        return Collections.unmodifiableList(enterprises);
    }

    public boolean belongsTo(Enterprise enterprise) {
        return enterprises.stream().anyMatch(e -> e.getEnterprise().getId().equals(enterprise.getId()));
    }

    public Optional<Enterprise> primaryEnterprise() {
        return enterprises.stream()
                .filter(ClientEnterprise::isPrimary)
                .map(ClientEnterprise::getEnterprise)
                .findFirst();
    }

    /**
     * Adds the client to an enterprise (or updates the membership); a new primary enterprise demotes the old one.
     * The first enterprise added is primary whatever {@code primary} says.
     */
    public void addEnterprise(Enterprise enterprise, boolean primary) {
        boolean makePrimary = primary || enterprises.isEmpty();
        if (makePrimary) {
            enterprises.forEach(e -> e.setPrimary(false));
        }
        for (ClientEnterprise membership : enterprises) {
            if (membership.getEnterprise().getId().equals(enterprise.getId())) {
                membership.setPrimary(makePrimary || membership.isPrimary());
                return;
            }
        }
        enterprises.add(new ClientEnterprise(this, enterprise, makePrimary));
    }

    /** Removes the membership; if it was primary, the first remaining enterprise becomes primary. */
    public void removeEnterprise(Enterprise enterprise) {
        boolean wasPrimary = enterprises.stream()
                .anyMatch(e -> e.isPrimary() && e.getEnterprise().getId().equals(enterprise.getId()));
        enterprises.removeIf(e -> e.getEnterprise().getId().equals(enterprise.getId()));
        if (wasPrimary && !enterprises.isEmpty()) {
            enterprises.get(0).setPrimary(true);
        }
    }

    public AuditStamp getAudit() {
        return audit;
    }

    public long getVersion() {
        return version;
    }

    /**
     * The fields {@link ClientProperty} changes, by their API names, as text: what the audit trail compares before
     * and after a write.
     */
    public java.util.Map<String, String> auditValues() {
        java.util.Map<String, String> values = new java.util.LinkedHashMap<>();
        values.put("HasPortalAccess", String.valueOf(hasPortalAccess()));
        values.put("IsActive", String.valueOf(isActive()));
        values.put("FirstName", getFirstName());
        values.put("LastName", getLastName());
        values.put("EmailAddress", getEmailAddress());
        values.put("OfficePhone", getOfficePhone());
        values.put("MobilePhone", getMobilePhone());
        values.put("StreetName", getStreetName());
        values.put("City", getCity());
        values.put("PostalCode", getPostalCode());
        values.put(
                "CountryId",
                getCountry() == null ? null : String.valueOf(getCountry().getId()));
        values.put("Gender", getGender());
        values.put(
                "PreferedCulture",
                getPreferredCulture() == null ? null : getPreferredCulture().code());
        values.put("UserName", getUserName());
        values.put("ExternalId", getExternalId());
        values.put("SearchField1", getSearchField1());
        values.put("SearchField2", getSearchField2());
        return values;
    }
}
