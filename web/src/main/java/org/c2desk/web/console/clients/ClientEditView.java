package org.c2desk.web.console.clients;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.c2desk.client.Client;
import org.c2desk.client.ClientChanges;
import org.c2desk.client.ClientService;
import org.c2desk.client.NewClient;
import org.c2desk.customfield.CustomFields;
import org.c2desk.platform.BusinessException;
import org.c2desk.platform.ConcurrentChangeException;
import org.c2desk.platform.NotFoundException;
import org.c2desk.web.customfield.FieldInput;
import org.c2desk.web.customfield.FieldInputs;
import org.c2desk.web.faces.Refusals;
import org.c2desk.web.i18n.LocaleSelector;
import org.c2desk.web.i18n.Messages;
import org.c2desk.web.security.CurrentUser;

/**
 * {@code console/client-edit.xhtml} (new client) and {@code console/client-edit.xhtml?id=} (edit): Bean Validation
 * first, then the service's rules; a refusal is shown beside its field and nothing is saved. An edit is saved only if
 * nobody saved the client since the form was loaded.
 */
@Named
@ViewScoped
public class ClientEditView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Refusals REFUSALS = Refusals.console(
            "client",
            Map.of(
                    "FirstName", "firstName",
                    "LastName", "lastName",
                    "EmailAddress", "email",
                    "OfficePhone", "phone",
                    "City", "city",
                    "Enterprises", "enterprise",
                    "EnterpriseIds", "enterprise"));

    @EJB
    ClientService clients;

    @EJB
    CustomFields customFields;

    @Inject
    CurrentUser currentUser;

    @Inject
    LocaleSelector localeSelector;

    private String id;
    private UUID clientId;
    private boolean notFound;
    private boolean loaded;
    private long version;
    private boolean conflict;

    @NotBlank @Size(max = 100) private String firstName;

    @NotBlank @Size(max = 100) private String lastName;

    @Email @Size(max = 200) private String email;

    @Size(max = 50) private String phone;

    @Size(max = 100) private String city;

    private boolean active = true;
    private String enterpriseId;
    private FieldInputs fields;
    private Form before;
    private Map<UUID, String> customBefore = Map.of();

    /** f:viewAction: an empty form, or the client's values if the agent may see it. */
    public void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        try {
            if (id == null || id.isBlank()) {
                fields = inputs(null);
                return;
            }
            clientId = UUID.fromString(id);
            read(clients.find(currentUser.caller(), clientId));
        } catch (NotFoundException | IllegalArgumentException e) {
            notFound = true;
        }
    }

    private void read(Client client) {
        version = client.getVersion();
        firstName = client.getFirstName();
        lastName = client.getLastName();
        email = client.getEmailAddress();
        phone = client.getOfficePhone();
        city = client.getCity();
        active = client.isActive();
        before = typed();
        fields = inputs(client);
        customBefore = new HashMap<>(fields.raw());
    }

    /** The client form's inputs, with the client's values (none for a new client). */
    private FieldInputs inputs(Client client) {
        return new FieldInputs(
                client == null
                        ? clients.blankForm(currentUser.caller(), ZoneId.systemDefault(), localeSelector.getLocale())
                        : clients.formOf(
                                        currentUser.caller(),
                                        client,
                                        ZoneId.systemDefault(),
                                        localeSelector.getLocale())
                                .fields(),
                id -> customFields.choices(currentUser.caller(), id),
                List.of(),
                List.of(),
                ZoneId.systemDefault());
    }

    /** The system fields as the form shows them: what an edit compares to tell what changed. */
    private record Form(String firstName, String lastName, String email, String phone, String city, boolean active)
            implements Serializable {}

    private Form typed() {
        return new Form(firstName, lastName, blankToNull(email), blankToNull(phone), blankToNull(city), active);
    }

    /** The fields the agent changed since the form was read (a cleared one as empty: the service clears it). */
    private ClientChanges changes() {
        Form now = typed();
        ClientChanges.Builder changes = ClientChanges.builder();
        if (!Objects.equals(now.firstName(), before.firstName())) {
            changes.firstName(orEmpty(now.firstName()));
        }
        if (!Objects.equals(now.lastName(), before.lastName())) {
            changes.lastName(orEmpty(now.lastName()));
        }
        if (!Objects.equals(now.email(), before.email())) {
            changes.emailAddress(orEmpty(now.email()));
        }
        if (!Objects.equals(now.phone(), before.phone())) {
            changes.officePhone(orEmpty(now.phone()));
        }
        if (!Objects.equals(now.city(), before.city())) {
            changes.city(orEmpty(now.city()));
        }
        if (now.active() != before.active()) {
            changes.active(now.active());
        }
        return changes.build();
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    public String save() {
        fields.getAll().forEach(f -> f.setError(null));
        try {
            if (clientId == null) {
                UUID enterprise = enterpriseId == null || enterpriseId.isBlank() ? null : UUID.fromString(enterpriseId);
                Client client = clients.create(
                        currentUser.caller(),
                        new NewClient(
                                enterprise == null ? List.of() : List.of(enterprise),
                                firstName,
                                lastName,
                                active,
                                false,
                                null,
                                null,
                                blankToNull(city),
                                null,
                                blankToNull(phone),
                                null,
                                null,
                                blankToNull(email),
                                null,
                                null,
                                fields.raw()));
                return "/console/client?faces-redirect=true&id=" + client.getId();
            }
            ClientChanges changes = changes();
            Map<String, String> customChanges = new LinkedHashMap<>();
            for (FieldInput input : fields.getAll()) {
                String raw = input.raw();
                if (!input.isReadOnly() && !Objects.equals(raw, customBefore.get(input.getDefinitionId()))) {
                    customChanges.put(input.getDefinitionId().toString(), raw);
                }
            }
            if (changes.isEmpty() && customChanges.isEmpty()) {
                return "/console/client?faces-redirect=true&id=" + clientId;
            }
            clients.update(currentUser.caller(), clientId, version, changes, customChanges);
            return "/console/client?faces-redirect=true&id=" + clientId;
        } catch (ConcurrentChangeException e) {
            conflict = true;
            Messages.error(null, "common.changedMeanwhile");
        } catch (NotFoundException e) {
            notFound = true;
        } catch (BusinessException | EJBException | ConstraintViolationException e) {
            REFUSALS.show(e, fields);
        }
        return null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public boolean isCreating() {
        return clientId == null;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public UUID getClientId() {
        return clientId;
    }

    public boolean isNotFound() {
        return notFound;
    }

    public boolean isConflict() {
        return conflict;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public String getEnterpriseId() {
        return enterpriseId;
    }

    public void setEnterpriseId(String enterpriseId) {
        this.enterpriseId = enterpriseId;
    }

    public FieldInputs getFields() {
        return fields;
    }
}
