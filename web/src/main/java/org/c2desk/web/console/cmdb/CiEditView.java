package org.c2desk.web.console.cmdb;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
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
import org.c2desk.cmdb.CiChanges;
import org.c2desk.cmdb.CiService;
import org.c2desk.cmdb.ConfigurationItem;
import org.c2desk.cmdb.NewCi;
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
 * {@code console/ci-edit.xhtml} (new CI) and {@code ?id=} (edit) through {@link CiService}: Bean Validation, then
 * the service's rules beside the field; all or nothing; an edit is refused if someone saved the CI meanwhile. The
 * custom fields of a CI depend on its type: they are shown once the CI exists (edit).
 */
@Named
@ViewScoped
public class CiEditView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Refusals REFUSALS = Refusals.console(
            "ci",
            Map.of(
                    "CIFolderId", "folder",
                    "CategoryId", "category",
                    "CITypeId", "type",
                    "StateId", "state",
                    "EnglishName", "englishName",
                    "FrenchName", "frenchName",
                    "EnglishDescription", "description",
                    "Tags", "tags"));

    @EJB
    CiService cis;

    @EJB
    CustomFields customFields;

    @Inject
    CurrentUser currentUser;

    @Inject
    LocaleSelector localeSelector;

    private String id;
    private UUID ciId;
    private boolean loaded;
    private boolean notFound;
    private boolean conflict;
    private long version;

    private UUID folderId;
    private UUID categoryId;
    private UUID typeId;
    private UUID stateId;

    @NotBlank @Size(max = ConfigurationItem.NAME_LENGTH) private String englishName;

    @Size(max = ConfigurationItem.NAME_LENGTH) private String frenchName;

    @Size(max = ConfigurationItem.DESCRIPTION_LENGTH) private String description;

    @Size(max = ConfigurationItem.TAGS_LENGTH) private String tags;

    private FieldInputs fields;
    private Form before;
    private Map<UUID, String> customBefore = Map.of();

    public void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        if (id == null || id.isBlank()) {
            return;
        }
        try {
            ciId = UUID.fromString(id);
            read(cis.find(currentUser.caller(), ciId));
        } catch (NotFoundException | IllegalArgumentException e) {
            notFound = true;
        }
    }

    private void read(ConfigurationItem ci) {
        version = ci.getVersion();
        folderId = ci.getFolder().getId();
        categoryId = ci.getCategory().getId();
        typeId = ci.getType() == null ? null : ci.getType().getId();
        stateId = ci.getState() == null ? null : ci.getState().getId();
        englishName = ci.getName().english();
        frenchName = ci.getName().french();
        description = ci.getDescription() == null ? null : ci.getDescription().english();
        tags = ci.getTags();
        before = typed();
        fields = new FieldInputs(
                cis.formOf(currentUser.caller(), ci, ZoneId.systemDefault(), localeSelector.getLocale())
                        .fields(),
                id -> customFields.choices(currentUser.caller(), id),
                List.of(),
                List.of(),
                ZoneId.systemDefault());
        customBefore = new HashMap<>(fields.raw());
    }

    /** The system fields as the form shows them, blank as null: what an edit compares to tell what changed. */
    private record Form(
            UUID folderId,
            UUID categoryId,
            UUID typeId,
            UUID stateId,
            String englishName,
            String frenchName,
            String description,
            String tags)
            implements Serializable {}

    private Form typed() {
        return new Form(
                folderId,
                categoryId,
                typeId,
                stateId,
                blank(englishName),
                blank(frenchName),
                blank(description),
                blank(tags));
    }

    /** The fields the agent changed since the form was read, as the agent typed them (the service strips). */
    private CiChanges changes() {
        Form now = typed();
        CiChanges.Builder changes = CiChanges.builder();
        if (!Objects.equals(now.folderId(), before.folderId())) {
            changes.folderId(folderId);
        }
        if (!Objects.equals(now.categoryId(), before.categoryId())) {
            changes.categoryId(categoryId);
        }
        if (!Objects.equals(now.typeId(), before.typeId())) {
            changes.typeId(typeId);
        }
        if (!Objects.equals(now.stateId(), before.stateId())) {
            changes.stateId(stateId);
        }
        if (!Objects.equals(now.englishName(), before.englishName())) {
            changes.englishName(englishName == null ? "" : englishName);
        }
        if (!Objects.equals(now.frenchName(), before.frenchName())) {
            changes.frenchName(frenchName == null ? "" : frenchName);
        }
        if (!Objects.equals(now.description(), before.description())) {
            changes.englishDescription(description == null ? "" : description);
        }
        if (!Objects.equals(now.tags(), before.tags())) {
            changes.tags(tags == null ? "" : tags);
        }
        return changes.build();
    }

    public void categoryChosen() {
        typeId = null;
    }

    public String save() {
        if (fields != null) {
            fields.getAll().forEach(f -> f.setError(null));
        }
        try {
            if (ciId == null) {
                ConfigurationItem ci = cis.create(
                        currentUser.caller(),
                        new NewCi(
                                folderId,
                                categoryId,
                                typeId,
                                stateId,
                                null,
                                englishName,
                                blank(frenchName),
                                blank(description),
                                null,
                                blank(tags),
                                null,
                                true,
                                null));
                return "/console/ci?faces-redirect=true&id=" + ci.getId();
            }
            CiChanges changes = changes();
            Map<String, String> customChanges = new LinkedHashMap<>();
            for (FieldInput input : fields.getAll()) {
                String raw = input.raw();
                if (!input.isReadOnly() && !Objects.equals(raw, customBefore.get(input.getDefinitionId()))) {
                    customChanges.put(input.getDefinitionId().toString(), raw);
                }
            }
            if (!changes.isEmpty() || !customChanges.isEmpty()) {
                cis.update(currentUser.caller(), ciId, version, changes, customChanges);
            }
            return "/console/ci?faces-redirect=true&id=" + ciId;
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

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public boolean isCreating() {
        return ciId == null;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public UUID getCiId() {
        return ciId;
    }

    public boolean isNotFound() {
        return notFound;
    }

    public boolean isConflict() {
        return conflict;
    }

    public UUID getFolderId() {
        return folderId;
    }

    public void setFolderId(UUID folderId) {
        this.folderId = folderId;
    }

    public UUID getCategoryId() {
        return categoryId;
    }

    public void setCategoryId(UUID categoryId) {
        this.categoryId = categoryId;
    }

    public UUID getTypeId() {
        return typeId;
    }

    public void setTypeId(UUID typeId) {
        this.typeId = typeId;
    }

    public UUID getStateId() {
        return stateId;
    }

    public void setStateId(UUID stateId) {
        this.stateId = stateId;
    }

    public String getEnglishName() {
        return englishName;
    }

    public void setEnglishName(String englishName) {
        this.englishName = englishName;
    }

    public String getFrenchName() {
        return frenchName;
    }

    public void setFrenchName(String frenchName) {
        this.frenchName = frenchName;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getTags() {
        return tags;
    }

    public void setTags(String tags) {
        this.tags = tags;
    }

    public FieldInputs getFields() {
        return fields;
    }
}
