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

/** A folder of the CMDB tree; every configuration item sits in one. */
@Entity
@Table(name = "ci_folder")
public class CiFolder {

    @Id
    private UUID id;

    /** Null for a root folder. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private CiFolder parent;

    @Embedded
    private LocalizedText name;

    @Column(name = "is_active", nullable = false)
    private boolean active = true;

    protected CiFolder() {
        // for JPA
    }

    public CiFolder(UUID id, CiFolder parent, LocalizedText name) {
        this.id = Objects.requireNonNull(id);
        this.parent = parent;
        this.name = Objects.requireNonNull(name);
    }

    public CiFolder(CiFolder parent, LocalizedText name) {
        this(UUID.randomUUID(), parent, name);
    }

    public UUID getId() {
        return id;
    }

    public CiFolder getParent() {
        return parent;
    }

    /** Moves the folder under {@code newParent} (null: to the root); refuses to create a cycle. */
    public void moveTo(CiFolder newParent) {
        for (CiFolder f = newParent; f != null; f = f.parent) {
            if (f == this || f.id.equals(id)) {
                throw new IllegalArgumentException("A folder cannot be moved under itself");
            }
        }
        this.parent = newParent;
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
