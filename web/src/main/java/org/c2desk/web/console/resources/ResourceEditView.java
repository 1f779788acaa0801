package org.c2desk.web.console.resources;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.c2desk.platform.BusinessException;
import org.c2desk.platform.ConcurrentChangeException;
import org.c2desk.platform.ForbiddenException;
import org.c2desk.platform.NotFoundException;
import org.c2desk.security.PasswordPolicy;
import org.c2desk.security.Resource;
import org.c2desk.security.ResourceDetails;
import org.c2desk.security.ResourceService;
import org.c2desk.security.SecurityGroup;
import org.c2desk.web.faces.Refusals;
import org.c2desk.web.i18n.LocaleSelector;
import org.c2desk.web.i18n.Messages;
import org.c2desk.web.security.CurrentUser;

/**
 * {@code console/resource-edit.xhtml} (new resource) and {@code ?id=} (edit), for administrators only: anyone else
 * gets a refusal and no form, and the service refuses their save whatever they post. Bean Validation first, then the
 * service's rules beside their field; all or nothing; an edit is refused if someone saved the resource meanwhile.
 */
@Named
@ViewScoped
public class ResourceEditView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Refusals REFUSALS = Refusals.console(
            "resource",
            Map.of(
                    "UserName", "userName",
                    "FirstName", "firstName",
                    "LastName", "lastName",
                    "EmailAddress", "email",
                    "EnterpriseId", "enterprise",
                    "PreferredCulture", "culture",
                    "IsActive", "active",
                    "Groups", "groups",
                    "password", "password"));

    @EJB
    ResourceService resources;

    @Inject
    CurrentUser currentUser;

    @Inject
    LocaleSelector localeSelector;

    /** A security group as the form's checkboxes show it. */
    public record GroupChoice(UUID id, String label) implements Serializable {}

    private String id;
    private UUID resourceId;
    private boolean loaded;
    private boolean notFound;
    private boolean forbidden;
    private boolean conflict;
    private long version;

    @NotBlank @Size(max = Resource.USER_NAME_LENGTH) private String userName;

    @NotBlank @Size(max = Resource.PERSON_NAME_LENGTH) private String firstName;

    @NotBlank @Size(max = Resource.PERSON_NAME_LENGTH) private String lastName;

    @Email @Size(max = Resource.EMAIL_LENGTH) private String email;

    // The text of a blank text field's refusal, which this select's had when it held the id as text.
    @NotNull(message = "{jakarta.validation.constraints.NotBlank.message}") private UUID enterpriseId;

    private String culture = "en-US";
    private boolean active = true;
    private List<UUID> groupIds = new ArrayList<>();

    @Size(max = PasswordPolicy.MAX_LENGTH) private String password;

    private List<GroupChoice> groupChoices = List.of();

    /** f:viewAction: administrators get an empty form or the resource's values; anyone else a refusal. */
    public void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        var locale = localeSelector.getLocale();
        try {
            groupChoices = resources.groups(currentUser.caller()).stream()
                    .filter(SecurityGroup::isActive)
                    .map(g -> new GroupChoice(g.getId(), g.getName().in(locale)))
                    .toList();
        } catch (ForbiddenException e) {
            forbidden = true;
            return;
        }
        if (id == null || id.isBlank()) {
            return;
        }
        try {
            resourceId = UUID.fromString(id);
            Resource resource = resources.forEdit(currentUser.caller(), resourceId);
            version = resource.getVersion();
            userName = resource.getUserName();
            firstName = resource.getFirstName();
            lastName = resource.getLastName();
            email = resource.getEmailAddress();
            enterpriseId = resource.getEnterprise().getId();
            culture = resource.getPreferredCulture().code();
            active = resource.isActive();
            groupIds = new ArrayList<>(resources.groupsOf(currentUser.caller(), resourceId).stream()
                    .map(g -> g.getId())
                    .toList());
        } catch (NotFoundException | IllegalArgumentException e) {
            notFound = true;
        }
    }

    public String save() {
        if (forbidden) {
            Messages.error(null, "error.forbidden");
            return null;
        }
        try {
            ResourceDetails details = new ResourceDetails(
                    userName,
                    firstName,
                    lastName,
                    email,
                    enterpriseId,
                    culture,
                    active,
                    List.copyOf(groupIds),
                    password);
            UUID saved = resourceId == null
                    ? resources.create(currentUser.caller(), details).getId()
                    : resources
                            .update(currentUser.caller(), resourceId, version, details)
                            .getId();
            return "/console/resource?faces-redirect=true&id=" + saved;
        } catch (ConcurrentChangeException e) {
            conflict = true;
            Messages.error(null, "common.changedMeanwhile");
        } catch (NotFoundException e) {
            notFound = true;
        } catch (ForbiddenException e) {
            forbidden = true;
            Messages.error(null, "error.forbidden");
        } catch (BusinessException | EJBException | ConstraintViolationException e) {
            REFUSALS.show(e);
        }
        return null;
    }

    public boolean isCreating() {
        return resourceId == null;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public UUID getResourceId() {
        return resourceId;
    }

    public boolean isNotFound() {
        return notFound;
    }

    public boolean isForbidden() {
        return forbidden;
    }

    public boolean isConflict() {
        return conflict;
    }

    public List<GroupChoice> getGroupChoices() {
        return groupChoices;
    }

    public String getUserName() {
        return userName;
    }

    public void setUserName(String userName) {
        this.userName = userName;
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

    public UUID getEnterpriseId() {
        return enterpriseId;
    }

    public void setEnterpriseId(UUID enterpriseId) {
        this.enterpriseId = enterpriseId;
    }

    public String getCulture() {
        return culture;
    }

    public void setCulture(String culture) {
        this.culture = culture;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public List<UUID> getGroupIds() {
        return groupIds;
    }

    public void setGroupIds(List<UUID> groupIds) {
        this.groupIds = groupIds == null ? new ArrayList<>() : new ArrayList<>(groupIds);
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
