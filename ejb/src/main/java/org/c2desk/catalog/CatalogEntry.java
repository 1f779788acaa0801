package org.c2desk.catalog;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.util.Objects;
import java.util.UUID;
import org.c2desk.platform.LocalizedText;

/**
 * What every level of the catalogue below the catalogue itself (category, service, request) has: a name and a
 * description in both languages, an image, a place in its parent's order and an active flag.
 */
@MappedSuperclass
public abstract class CatalogEntry {

    public static final int DESCRIPTION_LENGTH = 2000;

    @Id
    private UUID id;

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

    @Column(name = "image_path", length = 300)
    private String imagePath;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(name = "is_active", nullable = false)
    private boolean active = true;

    @Version
    private long version;

    protected CatalogEntry() {
        // for JPA
    }

    protected CatalogEntry(UUID id, LocalizedText name) {
        this.id = Objects.requireNonNull(id);
        this.name = Objects.requireNonNull(name);
    }

    public UUID getId() {
        return id;
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
