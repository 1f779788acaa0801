package org.c2desk.catalog;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Objects;
import java.util.UUID;
import org.c2desk.enterprise.Department;
import org.c2desk.platform.LocalizedText;

/** A category of a catalogue, grouping services; a department may own it to filter the catalogue. */
@Entity
@Table(name = "category")
public class Category extends CatalogEntry {

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "catalog_id", nullable = false)
    private Catalog catalog;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "department_id")
    private Department department;

    protected Category() {
        // for JPA
    }

    public Category(UUID id, Catalog catalog, LocalizedText name) {
        super(id, name);
        this.catalog = Objects.requireNonNull(catalog);
    }

    public Category(Catalog catalog, LocalizedText name) {
        this(UUID.randomUUID(), catalog, name);
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
}
