package org.c2desk.catalog;

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
import org.c2desk.enterprise.Department;
import org.c2desk.platform.LocalizedText;

/** A category of a catalogue, grouping services; a department may own it to filter the catalogue. */
@Entity
@Table(name = "category")
public class Category {

    public static final int DESCRIPTION_LENGTH = 2000;

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "catalog_id", nullable = false)
    private Catalog catalog;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "department_id")
    private Department department;

    @Embedded
    private LocalizedText name;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "english",
                column = @Column(name = "english_description", nullable = false, length = DESCRIPTION_LENGTH)),
        @AttributeOverride(name = "french",
                column = @Column(name = "french_description", nullable = false, length = DESCRIPTION_LENGTH))})
    private LocalizedText description = LocalizedText.same("");

    @Column(name = "image_path", length = 300)
    private String imagePath;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(name = "is_active", nullable = false)
    private boolean active = true;

    @Version
    private long version;

    protected Category() {
        // for JPA
    }

    public Category(UUID id, Catalog catalog, LocalizedText name) {
        this.id = Objects.requireNonNull(id);
        this.catalog = Objects.requireNonNull(catalog);
        this.name = Objects.requireNonNull(name);
    }

    public Category(Catalog catalog, LocalizedText name) {
        this(UUID.randomUUID(), catalog, name);
    }

    public UUID getId() {
        return id;
    }

    public Catalog getCatalog() {
        return catalog;
    }

    public void moveTo(Catalog newCatalog) {
        this.catalog = Objects.requireNonNull(newCatalog);
    }

    public Department getDepartment() {
        return department;
    }

    public void setDepartment(Department department) {
        this.department = department;
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

    public String getImagePath() {
        return imagePath;
    }

    public void setImagePath(String imagePath) {
        this.imagePath = imagePath;
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

    public long getVersion() {
        return version;
    }
}
