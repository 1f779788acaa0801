package org.c2desk.cmdb;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.c2desk.client.Client;
import org.c2desk.enterprise.Enterprise;
import org.c2desk.platform.AuditStamp;
import org.c2desk.platform.LocalizedText;

/** A configuration item of the CMDB: a workstation, a server, a licence... that tickets and clients refer to. */
@Entity
@Table(name = "configuration_item")
public class ConfigurationItem {

    public static final int NAME_LENGTH = 200;
    public static final int DESCRIPTION_LENGTH = 4000;
    public static final int TAGS_LENGTH = 1000;
    public static final int EXTERNAL_ID_LENGTH = 200;

    @Id
    private UUID id;

    @Column(name = "ci_number", nullable = false, updatable = false)
    private long ciNumber;

    @Column(name = "sequence_number", nullable = false, updatable = false)
    private long sequenceNumber;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "ci_folder_id", nullable = false)
    private CiFolder folder;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "category_id", nullable = false)
    private CiCategory category;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "ci_type_id")
    private CiType type;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "state_id")
    private CiState state;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "owner_client_id")
    private Client owner;

    @Embedded
    private LocalizedText name;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(
                name = "english",
                column = @Column(name = "english_description", nullable = false, length = DESCRIPTION_LENGTH)),
        @AttributeOverride(
                name = "french",
                column = @Column(name = "french_description", nullable = false, length = DESCRIPTION_LENGTH))
    })
    private LocalizedText description = LocalizedText.same("");

    /** Free keywords, space or comma separated; empty rather than null. */
    @Column(nullable = false, length = TAGS_LENGTH)
    private String tags = "";

    @Column(name = "image_path", length = 300)
    private String imagePath;

    @Column(name = "external_id", length = EXTERNAL_ID_LENGTH)
    private String externalId;

    @Column(name = "is_active", nullable = false)
    private boolean active = true;

    @Embedded
    private AuditStamp audit;

    @Version
    private long version;

    /** Clients who use the item (live collection). */
    @ManyToMany
    @JoinTable(
            name = "ci_client",
            joinColumns = @JoinColumn(name = "ci_id"),
            inverseJoinColumns = @JoinColumn(name = "client_id"))
    private Set<Client> clients = new HashSet<>();

    /** Enterprises the item belongs to (live collection). */
    @ManyToMany
    @JoinTable(
            name = "ci_enterprise",
            joinColumns = @JoinColumn(name = "ci_id"),
            inverseJoinColumns = @JoinColumn(name = "enterprise_id"))
    private Set<Enterprise> enterprises = new HashSet<>();

    protected ConfigurationItem() {
        // for JPA
    }

    public ConfigurationItem(
            UUID id,
            long ciNumber,
            long sequenceNumber,
            CiFolder folder,
            CiCategory category,
            LocalizedText name,
            String createdBy) {
        this.id = Objects.requireNonNull(id);
        this.ciNumber = ciNumber;
        this.sequenceNumber = sequenceNumber;
        this.folder = Objects.requireNonNull(folder);
        this.category = Objects.requireNonNull(category);
        this.name = Objects.requireNonNull(name);
        this.audit = AuditStamp.createdBy(createdBy);
    }

    public ConfigurationItem(
            long ciNumber,
            long sequenceNumber,
            CiFolder folder,
            CiCategory category,
            LocalizedText name,
            String createdBy) {
        this(UUID.randomUUID(), ciNumber, sequenceNumber, folder, category, name, createdBy);
    }

    public UUID getId() {
        return id;
    }

    /** From {@code ci_number_seq}, taken by {@link org.c2desk.platform.SequenceNumbers} before insert. */
    public long getCiNumber() {
        return ciNumber;
    }

    /** From {@code object_number_seq}, taken by {@link org.c2desk.platform.SequenceNumbers} before insert. */
    public long getSequenceNumber() {
        return sequenceNumber;
    }

    public CiFolder getFolder() {
        return folder;
    }

    public void moveTo(CiFolder newFolder) {
        this.folder = Objects.requireNonNull(newFolder);
    }

    public CiCategory getCategory() {
        return category;
    }

    public void setCategory(CiCategory category) {
        this.category = Objects.requireNonNull(category);
    }

    public CiType getType() {
        return type;
    }

    public void setType(CiType type) {
        this.type = type;
    }

    public CiState getState() {
        return state;
    }

    public void setState(CiState state) {
        this.state = state;
    }

    public Client getOwner() {
        return owner;
    }

    public void setOwner(Client owner) {
        this.owner = owner;
    }

    public LocalizedText getName() {
        return name;
    }

    public void rename(LocalizedText newName, String by) {
        this.name = Objects.requireNonNull(newName);
        audit.touch(by);
    }

    public LocalizedText getDescription() {
        return description;
    }

    public void setDescription(LocalizedText description) {
        this.description = Objects.requireNonNull(description);
    }

    public String getTags() {
        return tags;
    }

    public void setTags(String tags) {
        this.tags = tags == null ? "" : tags;
    }

    public String getImagePath() {
        return imagePath;
    }

    public void setImagePath(String imagePath) {
        this.imagePath = imagePath;
    }

    public String getExternalId() {
        return externalId;
    }

    public void setExternalId(String externalId) {
        this.externalId = externalId;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public AuditStamp getAudit() {
        return audit;
    }

    public long getVersion() {
        return version;
    }

    public Set<Client> getClients() {
        return clients;
    }

    public Set<Enterprise> getEnterprises() {
        return enterprises;
    }

    /**
     * The fields {@link CiChanges} changes, by their API names, as text: what the audit trail compares before and
     * after a write.
     */
    public java.util.Map<String, String> auditValues() {
        java.util.Map<String, String> values = new java.util.LinkedHashMap<>();
        values.put("IsActive", String.valueOf(isActive()));
        values.put(
                "StateId", getState() == null ? null : String.valueOf(getState().getId()));
        values.put(
                "OwnerId", getOwner() == null ? null : String.valueOf(getOwner().getId()));
        values.put("EnglishName", getName() == null ? null : getName().english());
        values.put("FrenchName", getName() == null ? null : getName().french());
        values.put(
                "EnglishDescription",
                getDescription() == null ? null : getDescription().english());
        values.put(
                "FrenchDescription",
                getDescription() == null ? null : getDescription().french());
        values.put(
                "CIFolderId",
                getFolder() == null ? null : String.valueOf(getFolder().getId()));
        values.put(
                "CategoryId",
                getCategory() == null ? null : String.valueOf(getCategory().getId()));
        values.put(
                "CITypeId", getType() == null ? null : String.valueOf(getType().getId()));
        values.put("Tags", getTags());
        values.put("ExternalId", getExternalId());
        return values;
    }
}
