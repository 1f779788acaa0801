package org.c2desk.client;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.c2desk.audit.AuditAction;
import org.c2desk.audit.AuditLog;
import org.c2desk.audit.Changes;
import org.c2desk.audit.ObjectKind;
import org.c2desk.customfield.CustomFields;
import org.c2desk.customfield.FieldSection;
import org.c2desk.customfield.FieldView;
import org.c2desk.customfield.FilledForm;
import org.c2desk.customfield.FormKind;
import org.c2desk.customfield.OwnerKind;
import org.c2desk.enterprise.Enterprise;
import org.c2desk.platform.ConcurrentChangeException;
import org.c2desk.platform.Country;
import org.c2desk.platform.Culture;
import org.c2desk.platform.NotFoundException;
import org.c2desk.platform.References;
import org.c2desk.platform.SequenceNumbers;
import org.c2desk.platform.ValidationException;
import org.c2desk.security.Caller;
import org.c2desk.security.Permission;

/**
 * Creates and changes clients for every channel (console, APIs, imports). Checks the caller's permission, checks
 * every value and resolves every reference before anything is written, refusing with the name of the field that is
 * wrong; one transaction per call.
 *
 * <p>User names are unique among clients whatever their case, and external ids are unique: both are checked with a
 * query first, for a clear refusal, and the database's unique indexes settle a race between two simultaneous calls,
 * their violation being turned into the same refusal.
 */
@Stateless
public class ClientService {

    /** The schema's unique indexes on client (V001__schema.sql), told apart in a violation's message. */
    private static final String USER_NAME_INDEX = "client_user_name_uq";

    private static final String EXTERNAL_ID_INDEX = "client_external_id_uq";
    /** PostgreSQL's SQLSTATE for a unique violation. */
    private static final String UNIQUE_VIOLATION = "23505";

    @PersistenceContext
    EntityManager em;

    @EJB
    SequenceNumbers sequenceNumbers;

    @EJB
    CustomFields customFields;

    @EJB
    AuditLog audit;

    /**
     * Creates a client with its enterprises and custom field values. A client created this way has no password:
     * with portal access, they can sign in once a password is given to them (the portal's password reset).
     */
    public Client create(Caller caller, NewClient command) {
        caller.require(Permission.CLIENT_CREATE);
        String firstName = ClientFields.name("FirstName", command.firstName());
        String lastName = ClientFields.name("LastName", command.lastName());
        List<Enterprise> enterprises = enterprises(caller, command.enterpriseIds());
        Culture culture =
                command.preferredCulture() == null || command.preferredCulture().isBlank()
                        ? enterprises.get(0).getDefaultCulture()
                        : ClientFields.culture("PreferedCulture", command.preferredCulture());
        String streetName = ClientFields.optional("StreetName", command.streetName(), Client.STREET_NAME_LENGTH);
        String city = ClientFields.optional("City", command.city(), Client.CITY_LENGTH);
        String postalCode = ClientFields.optional("PostalCode", command.postalCode(), Client.POSTAL_CODE_LENGTH);
        String officePhone = ClientFields.optional("OfficePhone", command.officePhone(), Client.PHONE_LENGTH);
        Country country =
                command.countryId() == null ? null : reference(Country.class, command.countryId(), "CountryId");
        String gender = ClientFields.gender("Gender", command.gender());
        String emailAddress = ClientFields.email("EmailAddress", command.emailAddress());
        String userName = ClientFields.optional("UserName", command.userName(), Client.USER_NAME_LENGTH);
        boolean portalAccess = command.portalAccess();
        if (portalAccess && userName == null) {
            throw new ValidationException(
                    "UserName",
                    "error.portalNeedsUserName",
                    "UserName is required when HasPortalAccess is true",
                    "UserName");
        }
        if (userName != null) {
            requireFreeUserName(userName, null);
        }
        String externalId = ClientFields.optional("ExternalId", command.externalId(), Client.EXTERNAL_ID_LENGTH);
        if (externalId != null) {
            requireFreeExternalId(externalId, null);
        }

        // The custom field values are checked in full (CustomFields.apply checks all before it queues any row); the
        // client's row is queued after them, in the same transaction, so a refusal leaves nothing behind and takes
        // no client number.
        UUID id = UUID.randomUUID();
        Changes changes = new Changes()
                .addAll(customFields.apply(
                        OwnerKind.CLIENT, id, layout(), command.customFieldValues(), caller.userName(), true));

        Client client = new Client(
                id, sequenceNumbers.next(SequenceNumbers.Kind.CLIENT), firstName, lastName, caller.userName());
        client.setActive(command.active());
        client.setPreferredCulture(culture);
        client.changeAddress(streetName, city, postalCode, country);
        client.setOfficePhone(officePhone);
        client.setGender(gender);
        client.setEmailAddress(emailAddress);
        client.setExternalId(externalId);
        if (portalAccess) {
            client.grantPortalAccess(userName, null);
        } else {
            client.changeUserName(userName);
        }
        boolean primary = true;
        for (Enterprise enterprise : enterprises) {
            client.addEnterprise(enterprise, primary);
            primary = false;
        }
        em.persist(client);
        flush(userName, externalId);
        audit.record(
                caller,
                ObjectKind.CLIENT,
                id,
                AuditAction.CREATED,
                new Changes().between(Map.of(), client.auditValues()).addAll(changes.list()));
        return client;
    }

    /** The custom-field layout of clients, for any signed-in resource: the client form, shared by every client. */
    public List<FieldSection> layout(Caller caller) {
        Objects.requireNonNull(caller, "caller");
        return layout();
    }

    /**
     * The custom fields of a client the caller found with {@link #find} (or a call that checked as it does), with its
     * values; {@code zone} and {@code locale} as {@link CustomFields#read(OwnerKind, UUID, List, ZoneId, Locale)}
     * takes them.
     */
    public FilledForm formOf(Caller caller, Client client, ZoneId zone, Locale locale) {
        List<FieldSection> layout = layout(caller);
        return new FilledForm(layout, customFields.read(OwnerKind.CLIENT, client.getId(), layout, zone, locale));
    }

    /** The client form's custom fields without values (a new client's), for any signed-in resource. */
    public List<FieldView> blankForm(Caller caller, ZoneId zone, Locale locale) {
        return customFields.read(OwnerKind.CLIENT, null, layout(caller), zone, locale);
    }

    private List<FieldSection> layout() {
        return customFields.layout(FormKind.CLIENT, null);
    }

    /**
     * The client, if the caller may see it (an enterprise of the client is one the caller sees); otherwise "not
     * found", so ids cannot be probed.
     */
    public Client find(Caller caller, UUID id) {
        Client client = id == null ? null : em.find(Client.class, id);
        if (client == null || !visible(caller, client)) {
            throw new NotFoundException("Client", id);
        }
        return client;
    }

    /** Changes the system fields {@code changes} gives, all or none; the C2 API's UpdateProperty changes one. */
    public Client update(Caller caller, UUID id, ClientChanges changes) {
        caller.require(Permission.CLIENT_EDIT);
        Objects.requireNonNull(changes, "changes");
        Client client = find(caller, id);
        Map<String, String> before = client.auditValues();
        apply(client, changes);
        client.getAudit().touch(caller.userName());
        flushChanged(client, changes);
        audit.record(
                caller,
                ObjectKind.CLIENT,
                id,
                AuditAction.UPDATED,
                new Changes().between(before, client.auditValues()));
        return client;
    }

    /**
     * Changes the system fields {@code changes} gives and custom fields (keyed by sequence number or definition id)
     * of a client in one transaction, all or none, provided the client is still at {@code expectedVersion}; the row
     * is locked while checking.
     *
     * @throws ConcurrentChangeException when the client is no longer at {@code expectedVersion}
     */
    public Client update(
            Caller caller,
            UUID id,
            long expectedVersion,
            ClientChanges changes,
            Map<String, String> customFieldChanges) {
        caller.require(Permission.CLIENT_EDIT);
        Objects.requireNonNull(changes, "changes");
        Client client = id == null ? null : em.find(Client.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (client == null || !visible(caller, client)) {
            throw new NotFoundException("Client", id);
        }
        if (client.getVersion() != expectedVersion) {
            throw new ConcurrentChangeException("Client", id, expectedVersion, client.getVersion());
        }
        Map<String, String> before = client.auditValues();
        Changes customChanges = new Changes();
        apply(client, changes);
        if (customFieldChanges != null && !customFieldChanges.isEmpty()) {
            List<FieldSection> layout = layout();
            customChanges.addAll(customFields.apply(
                    OwnerKind.CLIENT,
                    client.getId(),
                    layout,
                    CustomFields.byDefinitionId(layout, customFieldChanges, "customFields."),
                    caller.userName(),
                    false));
        }
        client.getAudit().touch(caller.userName());
        flushChanged(client, changes);
        audit.record(
                caller,
                ObjectKind.CLIENT,
                id,
                AuditAction.UPDATED,
                new Changes().between(before, client.auditValues()).addAll(customChanges.list()));
        return client;
    }

    /** Writes now; a user name or external id this change gave is named if a simultaneous call took it. */
    private void flushChanged(Client client, ClientChanges changes) {
        flush(
                changes.userName().given() ? client.getUserName() : null,
                changes.externalId().given() ? client.getExternalId() : null);
    }

    /**
     * Checks each given value and sets it, field after field in the order of {@link ClientChanges}, so that a check
     * sees the fields set before it (portal access needs the user name as changed). A refusal names the field; the
     * transaction then writes nothing.
     */
    void apply(Client c, ClientChanges changes) {
        if (changes.firstName().given()) {
            c.rename(ClientFields.name("FirstName", changes.firstName().value()), c.getLastName());
        }
        if (changes.lastName().given()) {
            c.rename(
                    c.getFirstName(),
                    ClientFields.name("LastName", changes.lastName().value()));
        }
        if (changes.emailAddress().given()) {
            c.setEmailAddress(
                    ClientFields.email("EmailAddress", changes.emailAddress().value()));
        }
        if (changes.officePhone().given()) {
            c.setOfficePhone(
                    ClientFields.optional("OfficePhone", changes.officePhone().value(), Client.PHONE_LENGTH));
        }
        if (changes.mobilePhone().given()) {
            c.setMobilePhone(
                    ClientFields.optional("MobilePhone", changes.mobilePhone().value(), Client.PHONE_LENGTH));
        }
        if (changes.streetName().given()) {
            c.changeAddress(
                    ClientFields.optional("StreetName", changes.streetName().value(), Client.STREET_NAME_LENGTH),
                    c.getCity(),
                    c.getPostalCode(),
                    c.getCountry());
        }
        if (changes.city().given()) {
            c.changeAddress(
                    c.getStreetName(),
                    ClientFields.optional("City", changes.city().value(), Client.CITY_LENGTH),
                    c.getPostalCode(),
                    c.getCountry());
        }
        if (changes.postalCode().given()) {
            c.changeAddress(
                    c.getStreetName(),
                    c.getCity(),
                    ClientFields.optional("PostalCode", changes.postalCode().value(), Client.POSTAL_CODE_LENGTH),
                    c.getCountry());
        }
        if (changes.countryId().given()) {
            UUID countryId = changes.countryId().value();
            Country country = countryId == null ? null : reference(Country.class, countryId, "CountryId");
            c.changeAddress(c.getStreetName(), c.getCity(), c.getPostalCode(), country);
        }
        if (changes.gender().given()) {
            c.setGender(ClientFields.gender("Gender", changes.gender().value()));
        }
        if (changes.preferredCulture().given()) {
            c.setPreferredCulture(ClientFields.culture(
                    "PreferedCulture", changes.preferredCulture().value()));
        }
        if (changes.userName().given()) {
            String userName =
                    ClientFields.optional("UserName", changes.userName().value(), Client.USER_NAME_LENGTH);
            if (userName == null && c.hasPortalAccess()) {
                throw new ValidationException(
                        "UserName",
                        "error.required",
                        "UserName: a client with portal access needs a user name; set HasPortalAccess to false first",
                        "UserName");
            }
            if (userName != null) {
                requireFreeUserName(userName, c.getId());
            }
            c.changeUserName(userName);
        }
        if (changes.portalAccess().given()) {
            if (required(changes.portalAccess().value(), "HasPortalAccess")) {
                if (c.getUserName() == null) {
                    throw new ValidationException(
                            "HasPortalAccess",
                            "error.portalNeedsUserName",
                            "HasPortalAccess: the client has no UserName; set UserName first",
                            "HasPortalAccess");
                }
                // Keeps the password hash the client has (none for a client created through the API).
                c.grantPortalAccess(c.getUserName(), c.getPasswordHash());
            } else {
                c.revokePortalAccess();
            }
        }
        if (changes.active().given()) {
            c.setActive(required(changes.active().value(), "IsActive"));
        }
        if (changes.externalId().given()) {
            String externalId =
                    ClientFields.optional("ExternalId", changes.externalId().value(), Client.EXTERNAL_ID_LENGTH);
            if (externalId != null) {
                requireFreeExternalId(externalId, c.getId());
            }
            c.setExternalId(externalId);
        }
        if (changes.searchField1().given()) {
            c.setSearchField1(
                    ClientFields.optional("SearchField1", changes.searchField1().value(), Client.SEARCH_FIELD_LENGTH));
        }
        if (changes.searchField2().given()) {
            c.setSearchField2(
                    ClientFields.optional("SearchField2", changes.searchField2().value(), Client.SEARCH_FIELD_LENGTH));
        }
    }

    /** A yes/no field cannot be cleared. */
    private static boolean required(Boolean value, String field) {
        if (value == null) {
            throw new ValidationException(field, "error.required", field + " is required (true or false)", field);
        }
        return value;
    }

    /** Changes one custom field, addressed by its definition's sequence number (Clients/UpdateProperty). */
    public Client updateCustomField(Caller caller, UUID id, int sequenceNumber, String value) {
        caller.require(Permission.CLIENT_EDIT);
        Client client = find(caller, id);
        Changes changes = new Changes()
                .addAll(customFields.applyBySequenceNumber(
                        OwnerKind.CLIENT, client.getId(), layout(), sequenceNumber, value, caller.userName()));
        client.getAudit().touch(caller.userName());
        audit.record(caller, ObjectKind.CLIENT, id, AuditAction.UPDATED, changes);
        return client;
    }

    /**
     * Adds the client to an enterprise the caller sees (an unknown, hidden or inactive one is refused, field
     * "Enterprises"); audited as the field "Enterprises", the names before and after.
     */
    public Client addEnterprise(Caller caller, UUID id, UUID enterpriseId) {
        caller.require(Permission.CLIENT_EDIT);
        Client client = find(caller, id);
        if (enterpriseId == null) {
            throw new ValidationException(
                    "Enterprises", "error.required", "Enterprises: a value is required", "Enterprises");
        }
        Enterprise enterprise = enterprises(caller, List.of(enterpriseId)).get(0);
        String before = enterpriseNames(client);
        client.addEnterprise(enterprise, false);
        return enterprisesChanged(caller, client, before);
    }

    /** Removes the client from an enterprise; the last one cannot be removed (a client belongs to one at least). */
    public Client removeEnterprise(Caller caller, UUID id, UUID enterpriseId) {
        caller.require(Permission.CLIENT_EDIT);
        Client client = find(caller, id);
        Enterprise enterprise = client.getEnterprises().stream()
                .map(ClientEnterprise::getEnterprise)
                .filter(e -> e.getId().equals(enterpriseId))
                .findFirst()
                .orElseThrow(() -> unknown("Enterprises", Enterprise.class, enterpriseId));
        if (client.getEnterprises().size() == 1) {
            throw new ValidationException(
                    "Enterprises",
                    "error.client.lastEnterprise",
                    "Enterprises: a client belongs to one enterprise at least",
                    "Enterprises");
        }
        String before = enterpriseNames(client);
        client.removeEnterprise(enterprise);
        return enterprisesChanged(caller, client, before);
    }

    private Client enterprisesChanged(Caller caller, Client client, String before) {
        client.getAudit().touch(caller.userName());
        em.flush();
        audit.record(
                caller,
                ObjectKind.CLIENT,
                client.getId(),
                AuditAction.UPDATED,
                new Changes().add("Enterprises", before, enterpriseNames(client)));
        return client;
    }

    private static String enterpriseNames(Client client) {
        return client.getEnterprises().stream()
                .map(m -> m.getEnterprise().getName() + (m.isPrimary() ? " *" : ""))
                .collect(java.util.stream.Collectors.joining(", "));
    }

    static boolean visible(Caller caller, Client client) {
        if (caller.administrator() || caller.enterpriseIds().isEmpty()) {
            return true;
        }
        return client.getEnterprises().stream()
                .anyMatch(m -> caller.seesEnterprise(m.getEnterprise().getId()));
    }

    /**
     * The enterprises named, in order and without repeats: at least one; each must exist, be visible to the caller
     * and be active. An enterprise the caller may not see is refused exactly like one that does not exist.
     */
    private List<Enterprise> enterprises(Caller caller, List<UUID> ids) {
        if (ids.isEmpty()) {
            throw new ValidationException(
                    "Enterprises", "error.required", "Enterprises: at least one enterprise is required", "Enterprises");
        }
        List<Enterprise> enterprises = new ArrayList<>();
        for (UUID id : new LinkedHashSet<>(ids)) {
            Enterprise enterprise = id == null ? null : em.find(Enterprise.class, id);
            if (enterprise == null || !caller.seesEnterprise(enterprise.getId())) {
                throw unknown("Enterprises", Enterprise.class, id);
            }
            if (!enterprise.isActive()) {
                throw new ValidationException(
                        "Enterprises",
                        "error.inactive",
                        "Enterprises: the enterprise " + enterprise.getName() + " (" + id + ") is inactive",
                        "Enterprises",
                        id);
            }
            enterprises.add(enterprise);
        }
        return enterprises;
    }

    /** Refuses a user name another client holds, whatever its case ({@code except}: the client being changed). */
    void requireFreeUserName(String userName, UUID except) {
        TypedQuery<Long> holders = em.createQuery(
                        "select count(c) from Client c where lower(c.userName) = lower(:name)"
                                + (except == null ? "" : " and c.id <> :except"),
                        Long.class)
                .setParameter("name", userName);
        if (except != null) {
            holders.setParameter("except", except);
        }
        if (holders.getSingleResult() > 0) {
            throw userNameTaken(userName);
        }
    }

    /** Refuses an external id another client holds ({@code except}: the client being changed). */
    void requireFreeExternalId(String externalId, UUID except) {
        TypedQuery<Long> holders = em.createQuery(
                        "select count(c) from Client c where c.externalId = :externalId"
                                + (except == null ? "" : " and c.id <> :except"),
                        Long.class)
                .setParameter("externalId", externalId);
        if (except != null) {
            holders.setParameter("except", except);
        }
        if (holders.getSingleResult() > 0) {
            throw externalIdTaken(externalId);
        }
    }

    /** The entity with that id, or a refusal naming the field that held the id. */
    <T> T reference(Class<T> type, UUID id, String field) {
        return References.resolve(em, type, id, field);
    }

    private static ValidationException unknown(String field, Class<?> type, UUID id) {
        return new ValidationException(
                field,
                "error.unknownReference",
                field + ": no " + type.getSimpleName() + " has the id " + id,
                field,
                id);
    }

    private static ValidationException userNameTaken(String userName) {
        return new ValidationException(
                "UserName",
                "error.duplicate",
                "UserName: another client already has the user name '" + userName + "' (user names are unique,"
                        + " whatever their case)",
                "UserName",
                userName);
    }

    private static ValidationException externalIdTaken(String externalId) {
        return new ValidationException(
                "ExternalId",
                "error.duplicate",
                "ExternalId: another client already has the external id '" + externalId + "'",
                "ExternalId",
                externalId);
    }

    /**
     * Writes now, so that a unique index violated by a simultaneous call (after the checks above passed) is refused
     * like a duplicate found by the checks, instead of failing at commit.
     */
    private void flush(String userName, String externalId) {
        try {
            em.flush();
        } catch (PersistenceException e) {
            String violated = violatedUniqueIndex(e);
            if (violated != null && violated.contains(USER_NAME_INDEX)) {
                throw userNameTaken(userName);
            }
            if (violated != null && violated.contains(EXTERNAL_ID_INDEX)) {
                throw externalIdTaken(externalId);
            }
            throw e;
        }
    }

    /** The message of the unique violation behind a failed write, or null when it failed otherwise. */
    private static String violatedUniqueIndex(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return String.valueOf(sql.getMessage());
            }
        }
        return null;
    }

    /**
     * Refuses a caller who may not change this client, or not see it, before anything else they sent is read: the C2
     * API's UpdateProperty asks first, then parses the property and its value.
     */
    public void requireMayEdit(Caller caller, UUID id) {
        caller.require(Permission.CLIENT_EDIT);
        find(caller, id);
    }
}
