package org.c2desk.customfield;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.QueryHint;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.c2desk.platform.AuditStamp;
import org.c2desk.platform.LocalizedText;
import org.c2desk.platform.NullableUuidConverter;

/**
 * A section of a form: rows of cells, each cell showing one field. The form is a request form, a CI type, or
 * (form id null) the form shared by every object of the kind.
 *
 * <p>Which sections make a form is asked on every ticket, client or CI saved: EclipseLink keeps the answer of the query
 * below for a minute, as long as it keeps the sections themselves (reference-data-cache.xml), and forgets it
 * as soon as a section changes on this server.
 */
@NamedQuery(
        name = FieldSection.FORM,
        query =
                "select s from FieldSection s where s.formKind = :kind"
                        + " and s.active = true and (s.formId is null or s.formId = :formId) order by s.sortOrder, s.sequenceNumber",
        hints = {
            @QueryHint(name = "eclipselink.query-results-cache", value = "true"),
            @QueryHint(name = "eclipselink.query-results-cache.expiry", value = "60000")
        })
@Entity
@Table(name = "field_section")
public class FieldSection {

    public static final int DESCRIPTION_LENGTH = 1000;

    /**
     * The active sections of one form ({@code kind}, {@code formId}) with the shared ones, in order; with a null
     * {@code formId}, the shared ones only ({@code form_id = null} matches no row).
     */
    static final String FORM = "FieldSection.form";

    @Id
    private UUID id;

    @Column(name = "sequence_number", nullable = false, updatable = false)
    private long sequenceNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "form_kind", nullable = false, updatable = false, length = 20)
    private FormKind formKind;

    /** A request form's or a CI type's id depending on the kind; null for the kind's shared form. No foreign key. */
    @Column(name = "form_id", updatable = false)
    @Convert(converter = NullableUuidConverter.class)
    private UUID formId;

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

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(name = "is_public", nullable = false)
    private boolean publicSection = true;

    /** With {@link #visibleIfValue}: the section shows only when that field holds that value. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "visible_if_definition_id")
    private FieldDefinition visibleIfDefinition;

    @Column(name = "visible_if_value", length = 200)
    private String visibleIfValue;

    @Column(name = "image_path", length = 300)
    private String imagePath;

    @Column(name = "is_active", nullable = false)
    private boolean active = true;

    @Embedded
    private AuditStamp audit;

    @Version
    private long version;

    @OneToMany(mappedBy = "section", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder")
    private List<FieldRow> rows = new ArrayList<>();

    protected FieldSection() {
        // for JPA
    }

    public FieldSection(
            UUID id, long sequenceNumber, FormKind formKind, UUID formId, LocalizedText name, String createdBy) {
        this.id = Objects.requireNonNull(id);
        this.sequenceNumber = sequenceNumber;
        this.formKind = Objects.requireNonNull(formKind);
        this.formId = formId;
        this.name = Objects.requireNonNull(name);
        this.audit = AuditStamp.createdBy(createdBy);
    }

    public FieldSection(long sequenceNumber, FormKind formKind, UUID formId, LocalizedText name, String createdBy) {
        this(UUID.randomUUID(), sequenceNumber, formKind, formId, name, createdBy);
    }

    public UUID getId() {
        return id;
    }

    /** From {@code object_number_seq}, taken by {@link org.c2desk.platform.SequenceNumbers} before insert. */
    public long getSequenceNumber() {
        return sequenceNumber;
    }

    public FormKind getFormKind() {
        return formKind;
    }

    public UUID getFormId() {
        return formId;
    }

    public LocalizedText getName() {
        return name;
    }

    public void setName(LocalizedText name) {
        this.name = Objects.requireNonNull(name);
    }

    public LocalizedText getDescription() {
        return description;
    }

    public void setDescription(LocalizedText description) {
        this.description = Objects.requireNonNull(description);
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public void setSortOrder(int sortOrder) {
        this.sortOrder = sortOrder;
    }

    /** Shown in the portal as well as the console. */
    public boolean isPublic() {
        return publicSection;
    }

    public void setPublic(boolean publicSection) {
        this.publicSection = publicSection;
    }

    public FieldDefinition getVisibleIfDefinition() {
        return visibleIfDefinition;
    }

    public String getVisibleIfValue() {
        return visibleIfValue;
    }

    /** Shows the section only when {@code definition} holds {@code value}; a null definition always shows it. */
    public void showOnlyIf(FieldDefinition definition, String value) {
        this.visibleIfDefinition = definition;
        this.visibleIfValue = definition == null ? null : value;
    }

    public String getImagePath() {
        return imagePath;
    }

    public void setImagePath(String imagePath) {
        this.imagePath = imagePath;
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

    public List<FieldRow> getRows() {
        return Collections.unmodifiableList(rows);
    }

    /** Appends an empty row below the existing ones. */
    public FieldRow addRow() {
        FieldRow row = new FieldRow(this, rows.size());
        rows.add(row);
        return row;
    }

    public void removeRow(FieldRow row) {
        rows.remove(row);
    }
}
