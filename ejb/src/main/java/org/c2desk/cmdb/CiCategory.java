package org.c2desk.cmdb;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;
import java.util.UUID;
import org.c2desk.platform.LocalizedText;

/** A broad class of configuration items (workstation, server, software...), with the prefix of their names. */
@Entity
@Table(name = "ci_category")
public class CiCategory {

    public static final int PREFIX_LENGTH = 20;

    @Id
    private UUID id;

    @Column(length = PREFIX_LENGTH)
    private String prefix;

    @Embedded
    private LocalizedText name;

    @Column(name = "image_path", length = 300)
    private String imagePath;

    @Column(name = "is_active", nullable = false)
    private boolean active = true;

    protected CiCategory() {
        // for JPA
    }

    public CiCategory(UUID id, LocalizedText name) {
        this.id = Objects.requireNonNull(id);
        this.name = Objects.requireNonNull(name);
    }

    public CiCategory(LocalizedText name) {
        this(UUID.randomUUID(), name);
    }

    public UUID getId() {
        return id;
    }

    public String getPrefix() {
        return prefix;
    }

    public void setPrefix(String prefix) {
        this.prefix = prefix;
    }

    public LocalizedText getName() {
        return name;
    }

    public void setName(LocalizedText name) {
        this.name = Objects.requireNonNull(name);
    }

    public String getImagePath() {
        return imagePath;
    }

    public void setImagePath(String imagePath) {
        this.imagePath = imagePath;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
