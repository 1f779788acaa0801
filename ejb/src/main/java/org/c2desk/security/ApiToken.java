package org.c2desk.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/**
 * A personal API token of a resource: only its SHA-256 ({@link ApiTokenFormat#hash}) and its first characters are
 * kept; the token itself is shown once, when {@link ApiTokens#issue} creates it.
 */
@Entity
@Table(name = "api_token")
public class ApiToken {

    public static final int NAME_LENGTH = 100;

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "resource_id", nullable = false, updatable = false)
    private Resource resource;

    @Column(nullable = false, length = NAME_LENGTH)
    private String name;

    @Column(name = "token_hash", nullable = false, updatable = false, length = 64)
    private String tokenHash;

    @Column(name = "token_prefix", nullable = false, updatable = false, length = 12)
    private String tokenPrefix;

    @Column(name = "created_on", nullable = false, updatable = false)
    private OffsetDateTime createdOn;

    @Column(name = "last_used_on")
    private OffsetDateTime lastUsedOn;

    @Column(name = "expires_on", updatable = false)
    private OffsetDateTime expiresOn;

    @Column(name = "revoked_on")
    private OffsetDateTime revokedOn;

    protected ApiToken() {
        // for JPA
    }

    public ApiToken(
            Resource resource,
            String name,
            String tokenHash,
            String tokenPrefix,
            OffsetDateTime createdOn,
            OffsetDateTime expiresOn) {
        this.id = UUID.randomUUID();
        this.resource = Objects.requireNonNull(resource);
        this.name = Objects.requireNonNull(name);
        this.tokenHash = Objects.requireNonNull(tokenHash);
        this.tokenPrefix = Objects.requireNonNull(tokenPrefix);
        this.createdOn = Objects.requireNonNull(createdOn);
        this.expiresOn = expiresOn;
    }

    public UUID getId() {
        return id;
    }

    public Resource getResource() {
        return resource;
    }

    public String getName() {
        return name;
    }

    public String getTokenPrefix() {
        return tokenPrefix;
    }

    public OffsetDateTime getCreatedOn() {
        return createdOn;
    }

    public OffsetDateTime getLastUsedOn() {
        return lastUsedOn;
    }

    public OffsetDateTime getExpiresOn() {
        return expiresOn;
    }

    public OffsetDateTime getRevokedOn() {
        return revokedOn;
    }

    /** Usable now: neither revoked nor expired. */
    public boolean isValidAt(OffsetDateTime now) {
        return revokedOn == null && (expiresOn == null || expiresOn.isAfter(now));
    }

    public void revoke(OffsetDateTime now) {
        if (revokedOn == null) {
            revokedOn = now;
        }
    }

    /** Notes a use, at most once a minute so that busy integrations do not write on every call. */
    public boolean recordUse(OffsetDateTime now) {
        if (lastUsedOn == null || lastUsedOn.plusMinutes(1).isBefore(now)) {
            lastUsedOn = now;
            return true;
        }
        return false;
    }
}
