package org.c2desk.ticket;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;
import java.util.UUID;
import org.c2desk.platform.LocalizedText;

/** A work queue tickets are routed to; security groups say which resources work it. */
@Entity
@Table(name = "queue")
public class Queue {

    public static final int CODE_LENGTH = 60;
    public static final int EMAIL_LENGTH = 254;

    @Id
    private UUID id;

    @Column(nullable = false, length = CODE_LENGTH)
    private String code;

    @Embedded
    private LocalizedText name;

    /** The mailbox whose incoming e-mails become tickets of this queue. */
    @Column(name = "email_address", length = EMAIL_LENGTH)
    private String emailAddress;

    @Column(name = "is_active", nullable = false)
    private boolean active = true;

    @Version
    private long version;

    protected Queue() {
        // for JPA
    }

    public Queue(UUID id, String code, LocalizedText name) {
        this.id = Objects.requireNonNull(id);
        this.code = Objects.requireNonNull(code);
        this.name = Objects.requireNonNull(name);
    }

    public Queue(String code, LocalizedText name) {
        this(UUID.randomUUID(), code, name);
    }

    public UUID getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public LocalizedText getName() {
        return name;
    }

    public void setName(LocalizedText name) {
        this.name = Objects.requireNonNull(name);
    }

    public String getEmailAddress() {
        return emailAddress;
    }

    public void setEmailAddress(String emailAddress) {
        this.emailAddress = emailAddress;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public long getVersion() {
        return version;
    }
}
