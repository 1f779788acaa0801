package org.c2desk.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One password-reset link sent to a portal client: the digest of its token, until when it works, when it was used. */
@Entity
@Table(name = "password_reset")
public class PasswordReset {

    @Id
    private UUID id;

    @Column(name = "client_id", nullable = false, updatable = false)
    private UUID clientId;

    @Column(name = "token_hash", nullable = false, updatable = false, length = 64)
    private String tokenHash;

    @Column(name = "created_on", nullable = false, updatable = false)
    private OffsetDateTime createdOn;

    @Column(name = "expires_on", nullable = false, updatable = false)
    private OffsetDateTime expiresOn;

    @Column(name = "used_on")
    private OffsetDateTime usedOn;

    protected PasswordReset() {}

    public PasswordReset(UUID clientId, String tokenHash, OffsetDateTime createdOn, OffsetDateTime expiresOn) {
        this.id = UUID.randomUUID();
        this.clientId = clientId;
        this.tokenHash = tokenHash;
        this.createdOn = createdOn;
        this.expiresOn = expiresOn;
    }

    public UUID getId() {
        return id;
    }

    public UUID getClientId() {
        return clientId;
    }

    public OffsetDateTime getExpiresOn() {
        return expiresOn;
    }

    public OffsetDateTime getUsedOn() {
        return usedOn;
    }

    /** Whether the link can still be used at {@code moment}: not used, not expired. */
    public boolean isUsableAt(OffsetDateTime moment) {
        return usedOn == null && moment.isBefore(expiresOn);
    }

    public void markUsed(OffsetDateTime moment) {
        this.usedOn = moment;
    }
}
