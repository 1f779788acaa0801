package org.c2desk.security;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.c2desk.audit.AuditAction;
import org.c2desk.audit.AuditEntry;
import org.c2desk.audit.AuditLog;
import org.c2desk.audit.Changes;
import org.c2desk.audit.ObjectKind;
import org.c2desk.client.ClientFields;
import org.c2desk.enterprise.Enterprise;
import org.c2desk.platform.ConcurrentChangeException;
import org.c2desk.platform.Culture;
import org.c2desk.platform.NotFoundException;
import org.c2desk.platform.SequenceNumbers;
import org.c2desk.platform.ValidationException;

/**
 * Creates and changes resources (agents) and their group memberships: administrators only. Every value is checked
 * and every reference resolved before anything is written, a refusal naming the field; one transaction per call, and
 * each write is audited (object kind RESOURCE, the groups as one field "Groups" listing their codes).
 *
 * <p>User names are unique whatever their case: checked with a query first, for a clear refusal; the unique index
 * {@code resource_user_name_uq} settles a race, its violation turned into the same refusal.
 */
@Stateless
public class ResourceService {

    private static final String USER_NAME_INDEX = "resource_user_name_uq";
    private static final String UNIQUE_VIOLATION = "23505";

    @PersistenceContext
    EntityManager em;

    @EJB
    SequenceNumbers sequenceNumbers;

    @EJB
    AuditLog audit;

    @Inject
    PasswordHasher hasher;

    @Inject
    CallerCache callers;

    /** Anyone in the console may read a resource; "not found" for an unknown id. */
    public Resource find(Caller caller, UUID id) {
        Objects.requireNonNull(caller, "caller");
        Resource resource = id == null ? null : em.find(Resource.class, id);
        if (resource == null) {
            throw new NotFoundException("Resource", id);
        }
        return resource;
    }

    /** A resource as its edit form starts from: administrators only. */
    public Resource forEdit(Caller caller, UUID id) {
        caller.require(Permission.ADMINISTER);
        return find(caller, id);
    }

    /** The groups a resource is a member of, by code: anyone in the console, as the resource itself. */
    public List<SecurityGroup> groupsOf(Caller caller, UUID resourceId) {
        Objects.requireNonNull(caller, "caller");
        return em.createQuery(
                        "select g from SecurityGroup g join g.members m where m.id = :id order by g.code",
                        SecurityGroup.class)
                .setParameter("id", resourceId)
                .getResultList();
    }

    /** Every security group, by code (a small table), for the forms: administrators only. */
    public List<SecurityGroup> groups(Caller caller) {
        caller.require(Permission.ADMINISTER);
        return em.createQuery("select g from SecurityGroup g order by g.code", SecurityGroup.class)
                .getResultList();
    }

    /**
     * The latest changes of a resource, newest first, as its page in the console shows them to anyone who may read
     * the resource. (Its audit trail through the API, {@link AuditLog#of}, is the resource's or an administrator's
     * only.)
     */
    public List<AuditEntry> historyOf(Caller caller, UUID id, int limit) {
        find(caller, id);
        return em.createQuery(
                        "select a from AuditEntry a where a.objectKind = :kind and a.objectId = :id"
                                + " order by a.occurredOn desc, a.id desc",
                        AuditEntry.class)
                .setParameter("kind", ObjectKind.RESOURCE)
                .setParameter("id", id)
                .setMaxResults(Math.min(limit, 1000))
                .getResultList();
    }

    public Resource create(Caller caller, ResourceDetails details) {
        caller.require(Permission.ADMINISTER);
        callers.clearAtEndOfTransaction(); // a change of rights or of activity applies on this server at once
        String userName = userName(details.userName());
        String firstName = ClientFields.name("FirstName", details.firstName());
        String lastName = ClientFields.name("LastName", details.lastName());
        String email = ClientFields.email("EmailAddress", details.emailAddress());
        Enterprise enterprise = enterprise(details.enterpriseId());
        Culture culture = culture(details.preferredCulture(), enterprise);
        List<SecurityGroup> groups = groups(details.groupIds());
        PasswordPolicy.check(details.password());
        requireFreeUserName(userName, null);

        Resource resource = new Resource(
                sequenceNumbers.next(SequenceNumbers.Kind.RESOURCE),
                userName,
                firstName,
                lastName,
                enterprise,
                caller.userName());
        resource.setEmailAddress(email);
        resource.setPreferredCulture(culture);
        resource.setActive(details.active());
        resource.changePasswordHash(hasher.hash(details.password().toCharArray()));
        em.persist(resource);
        groups.forEach(g -> g.getMembers().add(resource));
        flush(userName);
        audit.record(
                caller,
                ObjectKind.RESOURCE,
                resource.getId(),
                AuditAction.CREATED,
                new Changes().between(Map.of(), resource.auditValues()).add("Groups", null, codes(groups)));
        return resource;
    }

    /**
     * Changes every field and the group memberships at once, provided the resource is still at
     * {@code expectedVersion} (the row is locked while checking). The password is not changed here.
     *
     * @throws ConcurrentChangeException when someone saved the resource meanwhile
     */
    public Resource update(Caller caller, UUID id, long expectedVersion, ResourceDetails details) {
        caller.require(Permission.ADMINISTER);
        callers.clearAtEndOfTransaction(); // a change of rights or of activity applies on this server at once
        Resource resource = id == null ? null : em.find(Resource.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (resource == null) {
            throw new NotFoundException("Resource", id);
        }
        if (resource.getVersion() != expectedVersion) {
            throw new ConcurrentChangeException("Resource", id, expectedVersion, resource.getVersion());
        }
        String userName = userName(details.userName());
        String firstName = ClientFields.name("FirstName", details.firstName());
        String lastName = ClientFields.name("LastName", details.lastName());
        String email = ClientFields.email("EmailAddress", details.emailAddress());
        Enterprise enterprise = resource.getEnterprise().getId().equals(details.enterpriseId())
                ? resource.getEnterprise()
                : enterprise(details.enterpriseId());
        Culture culture = culture(details.preferredCulture(), enterprise);
        List<SecurityGroup> wanted = groups(details.groupIds());
        if (!userName.equalsIgnoreCase(resource.getUserName())) {
            requireFreeUserName(userName, id);
        }
        if (!details.active() && id.equals(caller.resourceId())) {
            throw new ValidationException(
                    "IsActive", "error.resource.selfInactive", "IsActive: you cannot make yourself inactive");
        }

        Map<String, String> before = resource.auditValues();
        List<SecurityGroup> current = groupsOf(caller, id);
        String groupsBefore = codes(current);
        resource.setUserName(userName);
        resource.rename(firstName, lastName);
        resource.setEmailAddress(email);
        resource.setEnterprise(enterprise);
        resource.setPreferredCulture(culture);
        resource.setActive(details.active());
        current.stream()
                .filter(g -> !wanted.contains(g))
                .forEach(g -> g.getMembers().remove(resource));
        wanted.stream()
                .filter(g -> !current.contains(g))
                .forEach(g -> g.getMembers().add(resource));
        Changes changes =
                new Changes().between(before, resource.auditValues()).add("Groups", groupsBefore, codes(wanted));
        if (!changes.isEmpty()) {
            resource.getAudit().touch(caller.userName());
        }
        flush(userName);
        audit.record(caller, ObjectKind.RESOURCE, id, AuditAction.UPDATED, changes);
        return resource;
    }

    private static String userName(String value) {
        String userName = ClientFields.optional("UserName", value, Resource.USER_NAME_LENGTH);
        if (userName == null) {
            throw new ValidationException("UserName", "error.required", "UserName is required", "UserName");
        }
        return userName;
    }

    private Enterprise enterprise(UUID id) {
        Enterprise enterprise = id == null ? null : em.find(Enterprise.class, id);
        if (enterprise == null) {
            throw new ValidationException(
                    "EnterpriseId",
                    id == null ? "error.required" : "error.unknownReference",
                    "EnterpriseId: no enterprise has the id " + id,
                    "EnterpriseId");
        }
        if (!enterprise.isActive()) {
            throw new ValidationException(
                    "EnterpriseId",
                    "error.resource.inactiveReference",
                    "EnterpriseId: the enterprise " + enterprise.getName() + " is inactive",
                    enterprise.getName());
        }
        return enterprise;
    }

    private static Culture culture(String code, Enterprise enterprise) {
        return code == null || code.isBlank()
                ? enterprise.getDefaultCulture()
                : ClientFields.culture("PreferredCulture", code);
    }

    /** The groups named, without repeats, each existing and active (a membership kept as it was is not re-checked). */
    private List<SecurityGroup> groups(List<UUID> ids) {
        List<SecurityGroup> groups = new ArrayList<>();
        for (UUID id : new LinkedHashSet<>(ids)) {
            SecurityGroup group = id == null ? null : em.find(SecurityGroup.class, id);
            if (group == null) {
                throw new ValidationException(
                        "Groups", "error.unknownReference", "Groups: no security group has the id " + id, "Groups");
            }
            if (!group.isActive()) {
                throw new ValidationException(
                        "Groups",
                        "error.resource.inactiveReference",
                        "Groups: the group " + group.getCode() + " is inactive",
                        group.getCode());
            }
            groups.add(group);
        }
        return groups;
    }

    private static String codes(List<SecurityGroup> groups) {
        Set<String> codes = groups.stream()
                .map(SecurityGroup::getCode)
                .sorted()
                .collect(Collectors.toCollection(LinkedHashSet::new));
        return codes.isEmpty() ? null : String.join(", ", codes);
    }

    private void requireFreeUserName(String userName, UUID except) {
        var holders = em.createQuery(
                        "select count(r) from Resource r where lower(r.userName) = lower(:name)"
                                + (except == null ? "" : " and r.id <> :except"),
                        Long.class)
                .setParameter("name", userName);
        if (except != null) {
            holders.setParameter("except", except);
        }
        if (holders.getSingleResult() > 0) {
            throw userNameTaken(userName);
        }
    }

    private static ValidationException userNameTaken(String userName) {
        return new ValidationException(
                "UserName",
                "error.resource.userNameTaken",
                "UserName: another resource already has the user name '" + userName + "' (user names are unique,"
                        + " whatever their case)",
                userName);
    }

    /** Writes now, so that a simultaneous creation of the same user name is refused like a duplicate found above. */
    private void flush(String userName) {
        try {
            em.flush();
        } catch (PersistenceException e) {
            for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (t instanceof SQLException sql
                        && UNIQUE_VIOLATION.equals(sql.getSQLState())
                        && String.valueOf(sql.getMessage()).contains(USER_NAME_INDEX)) {
                    throw userNameTaken(userName);
                }
            }
            throw e;
        }
    }
}
