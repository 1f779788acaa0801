package org.c2desk.customfield;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.UUID;
import org.c2desk.platform.NewRowsEntity;
import org.c2desk.platform.NullableUuidConverter;

/**
 * The value of one custom field on one ticket, client or CI. Values are stored typed: exactly the column of the
 * definition's type is set, which the {@code assign...} methods ensure by clearing the others.
 */
@Entity
@NewRowsEntity
@Table(name = "field_value")
public class FieldValue {

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    @Column(name = "owner_kind", nullable = false, updatable = false, length = 10)
    private OwnerKind ownerKind;

    /** The ticket's, client's or CI's id; no foreign key (the owner table depends on the kind). */
    @Column(name = "owner_id", nullable = false, updatable = false)
    private UUID ownerId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "definition_id", nullable = false, updatable = false)
    private FieldDefinition definition;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "section_id")
    private FieldSection section;

    @Column(name = "text_value")
    private String textValue;

    @Column(name = "decimal_value", precision = 24, scale = 6)
    private BigDecimal decimalValue;

    @Column(name = "integer_value")
    private Long integerValue;

    @Column(name = "datetime_value")
    private OffsetDateTime datetimeValue;

    @Column(name = "date_value")
    private LocalDate dateValue;

    @Column(name = "boolean_value")
    private Boolean booleanValue;

    /** A client's or resource's id for CLIENT and RESOURCE fields, a list item's for LIST fields. */
    @Column(name = "reference_id")
    @Convert(converter = NullableUuidConverter.class)
    private UUID referenceId;

    @Column(name = "encrypted_value")
    private byte[] encryptedValue;

    @Column(name = "last_modified_by", nullable = false)
    private String lastModifiedBy;

    @Column(name = "last_modified_on", nullable = false)
    private OffsetDateTime lastModifiedOn;

    protected FieldValue() {
        // for JPA
    }

    /** An empty value; fill it with one of the {@code assign...} methods. */
    public FieldValue(OwnerKind ownerKind, UUID ownerId, FieldDefinition definition, FieldSection section, String by) {
        this.id = UUID.randomUUID();
        this.ownerKind = Objects.requireNonNull(ownerKind);
        this.ownerId = Objects.requireNonNull(ownerId);
        this.definition = Objects.requireNonNull(definition);
        this.section = section;
        touch(by);
    }

    public UUID getId() {
        return id;
    }

    public OwnerKind getOwnerKind() {
        return ownerKind;
    }

    public UUID getOwnerId() {
        return ownerId;
    }

    public FieldDefinition getDefinition() {
        return definition;
    }

    public FieldSection getSection() {
        return section;
    }

    public void setSection(FieldSection section) {
        this.section = section;
    }

    public String getTextValue() {
        return textValue;
    }

    public BigDecimal getDecimalValue() {
        return decimalValue;
    }

    public Long getIntegerValue() {
        return integerValue;
    }

    public OffsetDateTime getDatetimeValue() {
        return datetimeValue;
    }

    public LocalDate getDateValue() {
        return dateValue;
    }

    public Boolean getBooleanValue() {
        return booleanValue;
    }

    public UUID getReferenceId() {
        return referenceId;
    }

    public byte[] getEncryptedValue() {
        return encryptedValue == null ? null : encryptedValue.clone();
    }

    public boolean isEmpty() {
        return textValue == null
                && decimalValue == null
                && integerValue == null
                && datetimeValue == null
                && dateValue == null
                && booleanValue == null
                && referenceId == null
                && encryptedValue == null;
    }

    public void clear(String by) {
        textValue = null;
        decimalValue = null;
        integerValue = null;
        datetimeValue = null;
        dateValue = null;
        booleanValue = null;
        referenceId = null;
        encryptedValue = null;
        touch(by);
    }

    public void assignText(String value, String by) {
        clear(by);
        textValue = value;
    }

    public void assignDecimal(BigDecimal value, String by) {
        clear(by);
        decimalValue = value;
    }

    public void assignInteger(Long value, String by) {
        clear(by);
        integerValue = value;
    }

    public void assignDatetime(OffsetDateTime value, String by) {
        clear(by);
        datetimeValue = value;
    }

    public void assignDate(LocalDate value, String by) {
        clear(by);
        dateValue = value;
    }

    public void assignBoolean(Boolean value, String by) {
        clear(by);
        booleanValue = value;
    }

    public void assignReference(UUID value, String by) {
        clear(by);
        referenceId = value;
    }

    public void assignEncrypted(byte[] value, String by) {
        clear(by);
        encryptedValue = value == null ? null : value.clone();
    }

    public String getLastModifiedBy() {
        return lastModifiedBy;
    }

    public OffsetDateTime getLastModifiedOn() {
        return lastModifiedOn;
    }

    private void touch(String by) {
        lastModifiedBy = Objects.requireNonNull(by);
        lastModifiedOn = OffsetDateTime.now(ZoneOffset.UTC);
    }
}
