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
import org.c2desk.platform.LocalizedText;

/** A service of the catalogue (e-mail, laptops, payroll...); its request forms are what clients ask for. */
@Entity
@Table(name = "catalog_service")
public class CatalogService {

    public static final int DESCRIPTION_LENGTH = 2000;

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "category_id", nullable = false)
    private Category category;

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

    protected CatalogService() {
        // for JPA
    }

    public CatalogService(UUID id, Category category, LocalizedText name) {
        this.id = Objects.requireNonNull(id);
        this.category = Objects.requireNonNull(category);
        this.name = Objects.requireNonNull(name);
    }

    public CatalogService(Category category, LocalizedText name) {
        this(UUID.randomUUID(), category, name);
    }

    public UUID getId() {
        return id;
    }

    public Category getCategory() {
        return category;
    }

    public void moveTo(Category newCategory) {
        this.category = Objects.requireNonNull(newCategory);
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
