package org.c2desk.customfield;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;
import java.util.UUID;
import org.c2desk.platform.AuditStamp;
import org.c2desk.platform.LocalizedText;

/** A custom field: its type, labels and rules. Sections place it on forms; values hold what was entered. */
@Entity
@Table(name = "field_definition")
public class FieldDefinition {

    public static final int DESCRIPTION_LENGTH = 1000;
    public static final int INPUT_MASK_LENGTH = 100;

    @Id
    private UUID id;

    /** The column is an {@code integer} without a default: the service assigns it before insert. */
    @Column(name = "sequence_number", nullable = false, updatable = false)
    private long sequenceNumber;

    @Column(name = "field_type", nullable = false, updatable = false)
    private FieldType fieldType;

    @Embedded
    private LocalizedText name;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(
                name = "english",
                column = @Column(name = "english_description", length = DESCRIPTION_LENGTH)),
        @AttributeOverride(name = "french", column = @Column(name = "french_description", length = DESCRIPTION_LENGTH))
    })
    private LocalizedText description;

    /** Type-specific options as a JSON document (jsonb). */
    @Column(columnDefinition = "jsonb")
    private String options;

    /** The choices of a LIST field; required for that type. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "list_id")
    private FieldList list;

    @Column(name = "max_length")
    private Integer maxLength;

    @Column(name = "input_mask", length = INPUT_MASK_LENGTH)
    private String inputMask;

    @Column(name = "nb_lines_height")
    private Integer nbLinesHeight;

    @Column(name = "is_required", nullable = false)
    private boolean required;

    @Column(name = "is_read_only", nullable = false)
    private boolean readOnly;

    @Column(name = "is_read_only_if_has_value", nullable = false)
    private boolean readOnlyIfHasValue;

    @Column(name = "is_secured", nullable = false)
    private boolean secured;

    @Column(name = "is_encrypted", nullable = false)
    private boolean encrypted;

    @Column(name = "has_html_support", nullable = false)
    private boolean htmlSupport;

    @Column(name = "is_active", nullable = false)
    private boolean active = true;

    @Embedded
    private AuditStamp audit;

    @Version
    private long version;

    protected FieldDefinition() {
        // for JPA
    }

    /** {@code list} must be given for {@link FieldType#LIST} and is ignored (null) otherwise. */
    public FieldDefinition(
            UUID id, long sequenceNumber, FieldType fieldType, LocalizedText name, FieldList list, String createdBy) {
        this.id = Objects.requireNonNull(id);
        this.sequenceNumber = sequenceNumber;
        this.fieldType = Objects.requireNonNull(fieldType);
        this.name = Objects.requireNonNull(name);
        this.audit = AuditStamp.createdBy(createdBy);
        changeList(list);
    }

    public FieldDefinition(
            long sequenceNumber, FieldType fieldType, LocalizedText name, FieldList list, String createdBy) {
        this(UUID.randomUUID(), sequenceNumber, fieldType, name, list, createdBy);
    }

    public UUID getId() {
        return id;
    }

    public long getSequenceNumber() {
        return sequenceNumber;
    }

    public FieldType getFieldType() {
        return fieldType;
    }

    public LocalizedText getName() {
        return name;
    }

    public void setName(LocalizedText name) {
        this.name = Objects.requireNonNull(name);
    }

    /** May be null. */
    public LocalizedText getDescription() {
        return description;
    }

    public void setDescription(LocalizedText description) {
        this.description = description;
    }

    public String getOptions() {
        return options;
    }

    /** A JSON document, or null. */
    public void setOptions(String options) {
        this.options = options;
    }

    public FieldList getList() {
        return list;
    }

    public void changeList(FieldList newList) {
        if (fieldType == FieldType.LIST && newList == null) {
            throw new IllegalArgumentException("A LIST field needs a list");
        }
        this.list = fieldType == FieldType.LIST ? newList : null;
    }

    public Integer getMaxLength() {
        return maxLength;
    }

    public void setMaxLength(Integer maxLength) {
        this.maxLength = maxLength;
    }

    public String getInputMask() {
        return inputMask;
    }

    public void setInputMask(String inputMask) {
        this.inputMask = inputMask;
    }

    public Integer getNbLinesHeight() {
        return nbLinesHeight;
    }

    public void setNbLinesHeight(Integer nbLinesHeight) {
        this.nbLinesHeight = nbLinesHeight;
    }

    public boolean isRequired() {
        return required;
    }

    public void setRequired(boolean required) {
        this.required = required;
    }

    public boolean isReadOnly() {
        return readOnly;
    }

    public void setReadOnly(boolean readOnly) {
        this.readOnly = readOnly;
    }

    public boolean isReadOnlyIfHasValue() {
        return readOnlyIfHasValue;
    }

    public void setReadOnlyIfHasValue(boolean readOnlyIfHasValue) {
        this.readOnlyIfHasValue = readOnlyIfHasValue;
    }

    public boolean isSecured() {
        return secured;
    }

    public void setSecured(boolean secured) {
        this.secured = secured;
    }

    /** Values of an encrypted field live in {@code field_value.encrypted_value}, not in {@code text_value}. */
    public boolean isEncrypted() {
        return encrypted;
    }

    public void setEncrypted(boolean encrypted) {
        this.encrypted = encrypted;
    }

    public boolean hasHtmlSupport() {
        return htmlSupport;
    }

    public void setHtmlSupport(boolean htmlSupport) {
        this.htmlSupport = htmlSupport;
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
}
