package org.c2desk.security;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.c2desk.client.Client;
import org.c2desk.client.ClientEnterprise;
import org.c2desk.platform.NotFoundException;
import org.c2desk.platform.Sql;

/**
 * Checks user names and passwords: resources for the console and the APIs, clients with portal access for the
 * portal. Five failures in a row lock an account for {@link LoginLockout#LOCK_MINUTES} minutes. An unknown user and
 * a wrong password get the same answer in the same time, and the password never leaves this class.
 */
@Stateless
public class Authenticator {

    private static final Logger LOG = Logger.getLogger(Authenticator.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHasher passwordHasher;

    @Inject
    CallerCache cache;

    public Caller authenticateResource(String userName, char[] password) {
        return verifyResource(userName, password).caller();
    }

    /**
     * {@link #authenticateResource}, with the stamp of the password hash the password was checked against (see
     * {@link CallerCache.Resolved}); the caller read is kept in the {@link CallerCache}.
     */
    public CallerCache.Resolved verifyResource(String userName, char[] password) {
        CallerCache.Read read = cache.startRead();
        Resource resource = findResource(userName);
        boolean known = resource != null && resource.isActive();
        checkPassword(
                known ? resource.getSignIn() : null,
                known ? resource.getPasswordHash() : null,
                password,
                "Resource account '" + userName + "'");
        CallerCache.Resolved resolved =
                new CallerCache.Resolved(callerOf(resource), CallerCache.stampOf(resource.getPasswordHash()));
        cache.put(read, resolved);
        return resolved;
    }

    public PortalClient authenticateClient(String userName, char[] password) {
        Client client = findClient(userName);
        boolean known = client != null && client.isActive() && client.hasPortalAccess();
        checkPassword(
                known ? client.getSignIn() : null,
                known ? client.getPasswordHash() : null,
                password,
                "Portal account '" + userName + "'");
        Set<UUID> enterprises = client.getEnterprises().stream()
                .map(ClientEnterprise::getEnterprise)
                .map(e -> e.getId())
                .collect(Collectors.toSet());
        return new PortalClient(
                client.getId(),
                client.getUserName(),
                client.getFullName(),
                client.getPreferredCulture(),
                enterprises,
                client.getDepartment() == null ? null : client.getDepartment().getId(),
                client.seesEnterpriseTickets(),
                client.getCredentialsChangedOn() == null
                        ? null
                        : client.getCredentialsChangedOn().toInstant());
    }

    /**
     * Whether a portal session opened for {@code client} may go on: the account is still active with portal access,
     * and its password has not changed since the sign-in. Read from the database on every call (one row by primary
     * key), so a reset on one server of a cluster ends the sessions held by every other.
     */
    public boolean isClientSessionCurrent(PortalClient client) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select credentials_changed_on, is_active, has_portal_access"
                        + " from client where id = cast(?1 as uuid)")
                .setParameter(1, client.clientId().toString())
                .getResultList();
        if (rows.isEmpty() || !Boolean.TRUE.equals(rows.get(0)[1]) || !Boolean.TRUE.equals(rows.get(0)[2])) {
            return false;
        }
        OffsetDateTime changed = Sql.timestamp(rows.get(0)[0]);
        Instant stored = changed == null ? null : changed.toInstant();
        return Objects.equals(stored, client.credentialsChangedOn());
    }

    /**
     * The one check behind both sign-ins. {@code record} null means no such account: the decoy hash still costs the
     * time of a real check. Failures count towards the lock; a success resets it.
     */
    private void checkPassword(SignInRecord record, String storedHash, char[] password, String account) {
        if (record == null) {
            passwordHasher.verifyDecoy(password);
            throw new AuthenticationFailedException(AuthenticationFailedException.Reason.BAD_CREDENTIALS);
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        if (record.isLockedAt(now)) {
            throw new AuthenticationFailedException(AuthenticationFailedException.Reason.LOCKED);
        }
        if (!passwordHasher.verify(password, storedHash)) {
            if (record.recordFailure(LoginLockout.MAX_FAILURES, LoginLockout.LOCK_DURATION, now)) {
                LOG.warning(() -> account + " locked after " + LoginLockout.MAX_FAILURES + " failed sign-ins");
            }
            throw new AuthenticationFailedException(AuthenticationFailedException.Reason.BAD_CREDENTIALS);
        }
        record.recordSuccess(now);
    }

    /**
     * The caller for a resource id, with the permissions its groups give: read at most {@link CallerCache#FRESH_FOR}
     * ago.
     *
     * @throws NotFoundException when the resource does not exist or is inactive
     */
    public Caller callerFor(UUID resourceId) {
        return resolve(resourceId).caller();
    }

    /**
     * {@link #callerFor}, with the stamp of the resource's password hash: from the {@link CallerCache} when it was read
     * less than {@link CallerCache#FRESH_FOR} ago, otherwise from the database (and kept there).
     *
     * @throws NotFoundException when the resource does not exist or is inactive
     */
    public CallerCache.Resolved resolve(UUID resourceId) {
        CallerCache.Resolved cached = cache.caller(resourceId);
        if (cached != null) {
            return cached;
        }
        CallerCache.Read read = cache.startRead();
        Resource resource = em.find(Resource.class, resourceId);
        if (resource == null || !resource.isActive()) {
            throw new NotFoundException("Resource", resourceId);
        }
        CallerCache.Resolved resolved =
                new CallerCache.Resolved(callerOf(resource), CallerCache.stampOf(resource.getPasswordHash()));
        cache.put(read, resolved);
        return resolved;
    }

    private Caller callerOf(Resource resource) {
        List<SecurityGroup> groups = em.createQuery(
                        "select g from SecurityGroup g join g.members m where m.id = :id and g.active = true",
                        SecurityGroup.class)
                .setParameter("id", resource.getId())
                .getResultList();
        boolean administrator = groups.stream().anyMatch(SecurityGroup::isSystem);
        Set<Permission> permissions = new HashSet<>();
        Set<UUID> queues = new HashSet<>();
        Set<UUID> enterprises = new HashSet<>();
        boolean someGroupSeesAll = false;
        for (SecurityGroup group : groups) {
            permissions.addAll(group.getEffectivePermissions());
            group.getQueues().forEach(q -> queues.add(q.getId()));
            if (group.getEnterprises().isEmpty()) {
                someGroupSeesAll = true;
            }
            group.getEnterprises().forEach(e -> enterprises.add(e.getId()));
        }
        if (someGroupSeesAll) {
            enterprises.clear();
        }
        return new Caller(
                resource.getId(),
                resource.getUserName(),
                resource.getFullName(),
                resource.getPreferredCulture(),
                administrator,
                permissions,
                queues,
                enterprises);
    }

    private Resource findResource(String userName) {
        if (userName == null || userName.isBlank()) {
            return null;
        }
        // Locked for update: two simultaneous failures must both count.
        List<Resource> found = em.createQuery(
                        "select r from Resource r where lower(r.userName) = :name", Resource.class)
                .setParameter("name", userName.trim().toLowerCase(Locale.ROOT))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    private Client findClient(String userName) {
        if (userName == null || userName.isBlank()) {
            return null;
        }
        List<Client> found = em.createQuery("select c from Client c where lower(c.userName) = :name", Client.class)
                .setParameter("name", userName.trim().toLowerCase(Locale.ROOT))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        return found.isEmpty() ? null : found.get(0);
    }
}
