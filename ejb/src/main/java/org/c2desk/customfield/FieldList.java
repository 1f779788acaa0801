package org.c2desk.customfield;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.c2desk.platform.LocalizedText;

/** The choices a LIST custom field offers. */
@Entity
@Table(name = "field_list")
public class FieldList {

    public static final int CODE_LENGTH = 60;

    @Id
    private UUID id;

    @Column(nullable = false, length = CODE_LENGTH)
    private String code;

    @Embedded
    private LocalizedText name;

    @OneToMany(mappedBy = "list", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder")
    private List<FieldListItem> items = new ArrayList<>();

    protected FieldList() {
        // for JPA
    }

    public FieldList(UUID id, String code, LocalizedText name) {
        this.id = Objects.requireNonNull(id);
        this.code = Objects.requireNonNull(code);
        this.name = Objects.requireNonNull(name);
    }

    public FieldList(String code, LocalizedText name) {
        this(UUID.randomUUID(), code, name);
    }

    public UUID getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public LocalizedText getName() {
        return name;
    }

    public void setName(LocalizedText name) {
        this.name = Objects.requireNonNull(name);
    }

    public List<FieldListItem> getItems() {
        return Collections.unmodifiableList(items);
    }

    /** Appends an item after the existing ones. */
    public FieldListItem addItem(String value, LocalizedText text) {
        FieldListItem item = new FieldListItem(this, value, text, items.size());
        items.add(item);
        return item;
    }

    public void removeItem(FieldListItem item) {
        items.remove(item);
    }
}
