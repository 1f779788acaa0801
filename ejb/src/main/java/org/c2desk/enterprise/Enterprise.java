package org.c2desk.enterprise;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;
import java.util.UUID;
import org.c2desk.platform.AuditStamp;
import org.c2desk.platform.Culture;

/** A company served by the desk; its clients, resources, tickets and CIs belong to it. */
@Entity
@Table(name = "enterprise")
public class Enterprise {

    public static final int NAME_LENGTH = 200;

    @Id
    private UUID id;

    @Column(name = "sequence_number", nullable = false, updatable = false)
    private long sequenceNumber;

    @Column(nullable = false, length = NAME_LENGTH)
    private String name;

    @Column(name = "default_culture", nullable = false)
    private Culture defaultCulture;

    @Column(name = "email_domain")
    private String emailDomain;

    @Column(name = "is_active", nullable = false)
    private boolean active = true;

    @Embedded
    private AuditStamp audit;

    @Version
    private long version;

    protected Enterprise() {
        // for JPA
    }

    public Enterprise(UUID id, long sequenceNumber, String name, Culture defaultCulture, String createdBy) {
        this.id = Objects.requireNonNull(id);
        this.sequenceNumber = sequenceNumber;
        this.name = Objects.requireNonNull(name);
        this.defaultCulture = Objects.requireNonNull(defaultCulture);
        this.audit = AuditStamp.createdBy(createdBy);
    }

    public UUID getId() {
        return id;
    }

    /** From {@code enterprise_number_seq}, taken by {@link org.c2desk.platform.SequenceNumbers} before insert. */
    public long getSequenceNumber() {
        return sequenceNumber;
    }

    public String getName() {
        return name;
    }

    public void rename(String newName, String by) {
        this.name = Objects.requireNonNull(newName);
        audit.touch(by);
    }

    public Culture getDefaultCulture() {
        return defaultCulture;
    }

    public String getEmailDomain() {
        return emailDomain;
    }

    public boolean isActive() {
        return active;
    }

    public AuditStamp getAudit() {
        return audit;
    }

    public long getVersion() {
        return version;
    }
}
