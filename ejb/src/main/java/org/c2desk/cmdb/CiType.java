package org.c2desk.cmdb;

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

/** A type of configuration item (laptop, database server...); its field sections (form kind CI) shape its form. */
@Entity
@Table(name = "ci_type")
public class CiType {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "category_id")
    private CiCategory category;

    @Embedded
    private LocalizedText name;

    @Column(name = "is_active", nullable = false)
    private boolean active = true;

    protected CiType() {
        // for JPA
    }

    public CiType(UUID id, CiCategory category, LocalizedText name) {
        this.id = Objects.requireNonNull(id);
        this.category = category;
        this.name = Objects.requireNonNull(name);
    }

    public CiType(CiCategory category, LocalizedText name) {
        this(UUID.randomUUID(), category, name);
    }

    public UUID getId() {
        return id;
    }

    public CiCategory getCategory() {
        return category;
    }

    public void setCategory(CiCategory category) {
        this.category = category;
    }

    public LocalizedText getName() {
        return name;
    }

    public void setName(LocalizedText name) {
        this.name = Objects.requireNonNull(name);
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
