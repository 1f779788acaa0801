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
import java.util.Objects;
import java.util.UUID;
import org.c2desk.platform.LocalizedText;

/** One choice of a {@link FieldList}: the stored value and its bilingual label. */
@Entity
@Table(name = "field_list_item")
public class FieldListItem {

    public static final int VALUE_LENGTH = 200;

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "list_id", nullable = false)
    private FieldList list;

    @Column(nullable = false, length = VALUE_LENGTH)
    private String value;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "english", column = @Column(name = "english_text", nullable = false, length = 200)),
        @AttributeOverride(name = "french", column = @Column(name = "french_text", nullable = false, length = 200))
    })
    private LocalizedText text;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(name = "is_active", nullable = false)
    private boolean active = true;

    protected FieldListItem() {
        // for JPA
    }

    /** Use {@link FieldList#addItem(String, LocalizedText)}, which keeps the list's items in step. */
    FieldListItem(FieldList list, String value, LocalizedText text, int sortOrder) {
        this.id = UUID.randomUUID();
        this.list = Objects.requireNonNull(list);
        this.value = Objects.requireNonNull(value);
        this.text = Objects.requireNonNull(text);
        this.sortOrder = sortOrder;
    }

    public UUID getId() {
        return id;
    }

    public FieldList getList() {
        return list;
    }

    public String getValue() {
        return value;
    }

    public LocalizedText getText() {
        return text;
    }

    public void setText(LocalizedText text) {
        this.text = Objects.requireNonNull(text);
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public void setSortOrder(int sortOrder) {
        this.sortOrder = sortOrder;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
