package org.c2desk.customfield;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Objects;
import java.util.UUID;

/** One field placed on a form, with per-form overrides of the definition's rules (null: the definition decides). */
@Entity
@Table(name = "field_cell")
public class FieldCell {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "row_id", nullable = false)
    private FieldRow row;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "definition_id", nullable = false)
    private FieldDefinition definition;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(name = "is_required")
    private Boolean required;

    @Column(name = "is_read_only")
    private Boolean readOnly;

    @Column(name = "is_portal_visible", nullable = false)
    private boolean portalVisible = true;

    protected FieldCell() {
        // for JPA
    }

    /** Use {@link FieldRow#addCell(FieldDefinition)}, which keeps the row's cells in step. */
    FieldCell(FieldRow row, FieldDefinition definition, int sortOrder) {
        this.id = UUID.randomUUID();
        this.row = Objects.requireNonNull(row);
        this.definition = Objects.requireNonNull(definition);
        this.sortOrder = sortOrder;
    }

    public UUID getId() {
        return id;
    }

    public FieldRow getRow() {
        return row;
    }

    public FieldDefinition getDefinition() {
        return definition;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public void setSortOrder(int sortOrder) {
        this.sortOrder = sortOrder;
    }

    /** The override, or null when the definition decides. */
    public Boolean getRequired() {
        return required;
    }

    public void setRequired(Boolean required) {
        this.required = required;
    }

    public Boolean getReadOnly() {
        return readOnly;
    }

    public void setReadOnly(Boolean readOnly) {
        this.readOnly = readOnly;
    }

    /** Whether the field must be filled on this form, the override winning over the definition. */
    public boolean isEffectivelyRequired() {
        return required != null ? required : definition.isRequired();
    }

    public boolean isEffectivelyReadOnly() {
        return readOnly != null ? readOnly : definition.isReadOnly();
    }

    public boolean isPortalVisible() {
        return portalVisible;
    }

    public void setPortalVisible(boolean portalVisible) {
        this.portalVisible = portalVisible;
    }
}
