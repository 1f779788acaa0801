package org.c2desk.catalog;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.c2desk.enterprise.Enterprise;
import org.c2desk.platform.LocalizedText;

/** A service catalogue: categories of services that the clients of its enterprises can request. */
@Entity
@Table(name = "catalog")
public class Catalog {

    public static final int CODE_LENGTH = 60;
    public static final int DESCRIPTION_LENGTH = 2000;

    @Id
    private UUID id;

    @Column(nullable = false, length = CODE_LENGTH)
    private String code;

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

    @Column(name = "is_active", nullable = false)
    private boolean active = true;

    @Version
    private long version;

    /** The enterprises whose clients may request from this catalogue (live collection). */
    @ManyToMany
    @JoinTable(
            name = "catalog_enterprise",
            joinColumns = @JoinColumn(name = "catalog_id"),
            inverseJoinColumns = @JoinColumn(name = "enterprise_id"))
    private Set<Enterprise> enterprises = new HashSet<>();

    protected Catalog() {
        // for JPA
    }

    public Catalog(UUID id, String code, LocalizedText name) {
        this.id = Objects.requireNonNull(id);
        this.code = Objects.requireNonNull(code);
        this.name = Objects.requireNonNull(name);
    }

    public Catalog(String code, LocalizedText name) {
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

    public LocalizedText getDescription() {
        return description;
    }

    public void setDescription(LocalizedText description) {
        this.description = Objects.requireNonNull(description);
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

    public Set<Enterprise> getEnterprises() {
        return enterprises;
    }
}
