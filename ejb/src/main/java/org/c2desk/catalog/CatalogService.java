package org.c2desk.catalog;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Objects;
import java.util.UUID;
import org.c2desk.platform.LocalizedText;

/** A service of the catalogue (e-mail, laptops, payroll...); its request forms are what clients ask for. */
@Entity
@Table(name = "catalog_service")
public class CatalogService extends CatalogEntry {

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "category_id", nullable = false)
    private Category category;

    protected CatalogService() {
        // for JPA
    }

    public CatalogService(UUID id, Category category, LocalizedText name) {
        super(id, name);
        this.category = Objects.requireNonNull(category);
    }

    public CatalogService(Category category, LocalizedText name) {
        this(UUID.randomUUID(), category, name);
    }

    public Category getCategory() {
        return category;
    }

    public void moveTo(Category newCategory) {
        this.category = Objects.requireNonNull(newCategory);
    }
}
