package org.c2desk.security;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;
import java.util.UUID;
import org.c2desk.enterprise.Enterprise;
import org.c2desk.platform.AuditStamp;
import org.c2desk.platform.Culture;

/** A member of the IT staff: signs in to the console, is assigned tickets and belongs to security groups. */
@Entity
@Table(name = "resource")
public class Resource {

    public static final int USER_NAME_LENGTH = 200;
    public static final int PERSON_NAME_LENGTH = 100;
    public static final int EMAIL_LENGTH = 254;
    public static final int PHONE_LENGTH = 40;

    @Id
    private UUID id;

    @Column(name = "sequence_number", nullable = false, updatable = false)
    private long sequenceNumber;

    @Column(name = "user_name", nullable = false, length = USER_NAME_LENGTH)
    private String userName;

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

    /** Pbkdf2PasswordHash format; null means the resource cannot sign in with a password. */
    @Column(name = "password_hash", length = 400)
    private String passwordHash;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "enterprise_id", nullable = false)
    private Enterprise enterprise;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "resource_state_id")
    private ResourceState state;

    @Column(name = "preferred_culture", nullable = false)
    private Culture preferredCulture = Culture.EN_US;

    @Column(name = "is_active", nullable = false)
    private boolean active = true;

    @Embedded
    private SignInRecord signIn = new SignInRecord();

    @Embedded
    private AuditStamp audit;

    @Version
    private long version;

    protected Resource() {
        // for JPA
    }

    public Resource(
            UUID id,
            long sequenceNumber,
            String userName,
            String firstName,
            String lastName,
            Enterprise enterprise,
            String createdBy) {
        this.id = Objects.requireNonNull(id);
        this.sequenceNumber = sequenceNumber;
        this.userName = Objects.requireNonNull(userName);
        this.firstName = Objects.requireNonNull(firstName);
        this.lastName = Objects.requireNonNull(lastName);
        this.enterprise = Objects.requireNonNull(enterprise);
        this.audit = AuditStamp.createdBy(createdBy);
    }

    public Resource(
            long sequenceNumber,
            String userName,
            String firstName,
            String lastName,
            Enterprise enterprise,
            String createdBy) {
        this(UUID.randomUUID(), sequenceNumber, userName, firstName, lastName, enterprise, createdBy);
    }

    public UUID getId() {
        return id;
    }

    /** From {@code resource_number_seq}, taken by {@link org.c2desk.platform.SequenceNumbers} before insert. */
    public long getSequenceNumber() {
        return sequenceNumber;
    }

    public String getUserName() {
        return userName;
    }

    public void setUserName(String userName) {
        this.userName = Objects.requireNonNull(userName);
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

    public String getPasswordHash() {
        return passwordHash;
    }

    /** Stores an already hashed password; null removes password sign-in. */
    public void changePasswordHash(String newPasswordHash) {
        this.passwordHash = newPasswordHash;
    }

    public Enterprise getEnterprise() {
        return enterprise;
    }

    public void setEnterprise(Enterprise enterprise) {
        this.enterprise = Objects.requireNonNull(enterprise);
    }

    public ResourceState getState() {
        return state;
    }

    public void setState(ResourceState state) {
        this.state = state;
    }

    public Culture getPreferredCulture() {
        return preferredCulture;
    }

    public void setPreferredCulture(Culture preferredCulture) {
        this.preferredCulture = Objects.requireNonNull(preferredCulture);
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    /** Password sign-ins: failures, lock, last success. */
    public SignInRecord getSignIn() {
        return signIn;
    }

    public AuditStamp getAudit() {
        return audit;
    }

    public long getVersion() {
        return version;
    }

    /** The fields an administrator changes, by name, as text: what the audit trail compares before and after. */
    public java.util.Map<String, String> auditValues() {
        java.util.Map<String, String> values = new java.util.LinkedHashMap<>();
        values.put("UserName", userName);
        values.put("FirstName", firstName);
        values.put("LastName", lastName);
        values.put("EmailAddress", emailAddress);
        values.put("EnterpriseId", enterprise == null ? null : String.valueOf(enterprise.getId()));
        values.put("PreferredCulture", preferredCulture == null ? null : preferredCulture.code());
        values.put("IsActive", String.valueOf(active));
        return values;
    }
}
