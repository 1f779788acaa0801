package org.c2desk.customfield;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** A row of a {@link FieldSection}: cells side by side. */
@Entity
@Table(name = "field_row")
public class FieldRow {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "section_id", nullable = false)
    private FieldSection section;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @OneToMany(mappedBy = "row", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder")
    private List<FieldCell> cells = new ArrayList<>();

    protected FieldRow() {
        // for JPA
    }

    /** Use {@link FieldSection#addRow()}, which keeps the section's rows in step. */
    FieldRow(FieldSection section, int sortOrder) {
        this.id = UUID.randomUUID();
        this.section = Objects.requireNonNull(section);
        this.sortOrder = sortOrder;
    }

    public UUID getId() {
        return id;
    }

    public FieldSection getSection() {
        return section;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public void setSortOrder(int sortOrder) {
        this.sortOrder = sortOrder;
    }

    public List<FieldCell> getCells() {
        return Collections.unmodifiableList(cells);
    }

    /** Appends a cell showing {@code definition} to the right of the existing ones. */
    public FieldCell addCell(FieldDefinition definition) {
        FieldCell cell = new FieldCell(this, definition, cells.size());
        cells.add(cell);
        return cell;
    }

    public void removeCell(FieldCell cell) {
        cells.remove(cell);
    }
}
