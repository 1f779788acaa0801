package org.c2desk.security;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.c2desk.audit.AuditAction;
import org.c2desk.audit.AuditLog;
import org.c2desk.audit.Changes;
import org.c2desk.audit.FieldChange;
import org.c2desk.audit.ObjectKind;
import org.c2desk.platform.ForbiddenException;
import org.c2desk.platform.NotFoundException;
import org.c2desk.platform.ValidationException;

/**
 * Personal API tokens of resources, for the REST API. A resource issues, lists and revokes its own tokens; an
 * administrator those of any resource. Every issue and revocation is in the resource's audit trail. The token is returned once, at issue; only its
 * SHA-256 is stored. An unknown, revoked or expired token, or the token of an inactive resource, is refused the same
 * way, so none can be told from another.
 */
@Stateless
public class ApiTokens {

    /** Tokens live at most this long when an expiry is given; none means "until revoked". */
    public static final int MAX_DAYS = 3660;

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @EJB
    Authenticator authenticator;

    @EJB
    AuditLog audit;

    @Inject
    CallerCache cache;

    /** A token as lists show it: never the token itself. */
    public record TokenInfo(
            UUID id,
            UUID resourceId,
            String resourceUserName,
            String name,
            String prefix,
            OffsetDateTime createdOn,
            OffsetDateTime lastUsedOn,
            OffsetDateTime expiresOn,
            OffsetDateTime revokedOn) {

        static TokenInfo of(ApiToken t) {
            return new TokenInfo(
                    t.getId(),
                    t.getResource().getId(),
                    t.getResource().getUserName(),
                    t.getName(),
                    t.getTokenPrefix(),
                    t.getCreatedOn(),
                    t.getLastUsedOn(),
                    t.getExpiresOn(),
                    t.getRevokedOn());
        }
    }

    /** A token just issued: {@code token} is the secret, shown this once. */
    public record IssuedToken(TokenInfo info, String token) {}

    public IssuedToken issue(Caller caller, String name, OffsetDateTime expiresOn) {
        return issue(caller, caller.resourceId(), name, expiresOn);
    }

    /**
     * Issues a token for a resource: the caller's own, or any active resource's for an administrator.
     *
     * @throws ForbiddenException when a resource other than an administrator names another resource
     * @throws NotFoundException when the resource does not exist or is inactive
     */
    public IssuedToken issue(Caller caller, UUID resourceId, String name, OffsetDateTime expiresOn) {
        requireOwnOrAdministrator(caller, resourceId);
        if (name == null || name.isBlank()) {
            throw new ValidationException("name", "error.required", "name: a token needs a name (what uses it)");
        }
        String trimmed = name.strip();
        if (trimmed.length() > ApiToken.NAME_LENGTH) {
            throw new ValidationException(
                    "name",
                    "error.tooLong",
                    "name: at most " + ApiToken.NAME_LENGTH + " characters",
                    "name",
                    ApiToken.NAME_LENGTH);
        }
        OffsetDateTime now = now();
        if (expiresOn != null && !expiresOn.isAfter(now)) {
            throw new ValidationException(
                    "expiresOn", "error.past", "expiresOn: " + expiresOn + " is not in the future");
        }
        if (expiresOn != null && expiresOn.isAfter(now.plusDays(MAX_DAYS))) {
            throw new ValidationException(
                    "expiresOn",
                    "error.tooFar",
                    "expiresOn: at most " + MAX_DAYS
                            + " days ahead; leave it out for a token that lasts until revoked");
        }
        Resource resource = resourceId == null ? null : em.find(Resource.class, resourceId);
        if (resource == null || !resource.isActive()) {
            throw new NotFoundException("Resource", resourceId);
        }
        String token = ApiTokenFormat.newToken(RANDOM);
        ApiToken stored = new ApiToken(
                resource, trimmed, ApiTokenFormat.hash(token), ApiTokenFormat.shownPrefix(token), now, expiresOn);
        em.persist(stored);
        audit.record(caller, ObjectKind.RESOURCE, resource.getId(), AuditAction.TOKEN_CREATED, described(stored));
        return new IssuedToken(TokenInfo.of(stored), token);
    }

    /**
     * The tokens of a resource, newest first, revoked ones included: the caller's own, or any resource's for an
     * administrator. Another resource's tokens are "not found" to others, so resource ids cannot be probed.
     */
    public List<TokenInfo> list(Caller caller, UUID resourceId) {
        UUID whose = resourceId == null ? caller.resourceId() : resourceId;
        if (!whose.equals(caller.resourceId()) && !isAdministrator(caller)) {
            throw new NotFoundException("Resource", whose);
        }
        return em
                .createQuery(
                        "select t from ApiToken t join fetch t.resource where t.resource.id = :id"
                                + " order by t.createdOn desc, t.id",
                        ApiToken.class)
                .setParameter("id", whose)
                .setMaxResults(500)
                .getResultList()
                .stream()
                .map(TokenInfo::of)
                .toList();
    }

    /** Revokes a token of the caller's, or any token for an administrator; revoking twice changes nothing. */
    public TokenInfo revoke(Caller caller, UUID tokenId) {
        ApiToken token = tokenId == null ? null : em.find(ApiToken.class, tokenId);
        if (token == null || !(token.getResource().getId().equals(caller.resourceId()) || isAdministrator(caller))) {
            throw new NotFoundException("Token", tokenId);
        }
        if (token.getRevokedOn() == null) {
            token.revoke(now());
            cache.clearAtEndOfTransaction();
            audit.record(
                    caller,
                    ObjectKind.RESOURCE,
                    token.getResource().getId(),
                    AuditAction.TOKEN_REVOKED,
                    described(token));
        }
        return TokenInfo.of(token);
    }

    /**
     * The tokens of a named resource (see {@link #list}), refusing with "forbidden" a caller who is neither that
     * resource nor an administrator, whether the resource exists or not.
     */
    public List<TokenInfo> listFor(Caller caller, UUID resourceId) {
        requireOwnOrAdministrator(caller, resourceId);
        if (resourceId == null || em.find(Resource.class, resourceId) == null) {
            throw new NotFoundException("Resource", resourceId);
        }
        return list(caller, resourceId);
    }

    /** Revokes a token of a named resource (see {@link #revoke}); "forbidden" as {@link #listFor}. */
    public TokenInfo revokeFor(Caller caller, UUID resourceId, UUID tokenId) {
        requireOwnOrAdministrator(caller, resourceId);
        ApiToken token = tokenId == null ? null : em.find(ApiToken.class, tokenId);
        if (token == null || !token.getResource().getId().equals(resourceId)) {
            throw new NotFoundException("Token", tokenId);
        }
        return revoke(caller, tokenId);
    }

    private static void requireOwnOrAdministrator(Caller caller, UUID resourceId) {
        if (!caller.resourceId().equals(resourceId) && !isAdministrator(caller)) {
            throw new ForbiddenException(
                    caller.userName() + " may only manage their own API tokens", Permission.ADMINISTER);
        }
    }

    /** A token as its audit entry shows it: never the token, nor its hash. */
    private static Changes described(ApiToken token) {
        return new Changes()
                .add(new FieldChange("TokenId", null, null, token.getId().toString()))
                .add(new FieldChange("Name", null, null, token.getName()))
                .add(new FieldChange("Prefix", null, null, token.getTokenPrefix()));
    }

    /**
     * The caller a token stands for, with the permissions the resource's groups give. What the token grants and the
     * caller are taken from the {@link CallerCache} when read less than {@link CallerCache#FRESH_FOR} ago: a revoked
     * token, or an inactive resource, is refused within that bound on every server, at once on this one. Otherwise
     * the token is one look-up of its hash (a unique index), and its last use is written at most once a minute.
     *
     * @throws AuthenticationFailedException for a malformed, unknown, revoked or expired token, or one of an inactive
     *         resource, all alike
     */
    public Caller authenticate(String token) {
        if (!ApiTokenFormat.looksLikeToken(token)) {
            throw new AuthenticationFailedException(AuthenticationFailedException.Reason.BAD_CREDENTIALS);
        }
        String hash = ApiTokenFormat.hash(token);
        OffsetDateTime now = now();
        Caller cached = cache.callerOfToken(hash, now);
        if (cached != null) {
            return cached;
        }
        CallerCache.Read read = cache.startRead();
        List<ApiToken> found = em.createQuery(
                        "select t from ApiToken t join fetch t.resource where t.tokenHash = :hash", ApiToken.class)
                .setParameter("hash", hash)
                .getResultList();
        if (found.isEmpty()
                || !found.get(0).isValidAt(now)
                || !found.get(0).getResource().isActive()) {
            throw new AuthenticationFailedException(AuthenticationFailedException.Reason.BAD_CREDENTIALS);
        }
        ApiToken apiToken = found.get(0);
        apiToken.recordUse(now);
        Caller caller = authenticator.callerFor(apiToken.getResource().getId());
        cache.putToken(
                read,
                hash,
                new CallerCache.TokenGrant(
                        apiToken.getId(), apiToken.getResource().getId(), apiToken.getExpiresOn()));
        return caller;
    }

    private static boolean isAdministrator(Caller caller) {
        return caller.administrator() || caller.can(Permission.ADMINISTER);
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
