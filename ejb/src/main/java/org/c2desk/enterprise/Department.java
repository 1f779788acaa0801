package org.c2desk.enterprise;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;
import java.util.UUID;
import org.c2desk.platform.LocalizedText;

/** A department (IT, HR, finance, facilities...) that clients belong to and that filters the service catalogue. */
@Entity
@Table(name = "department")
public class Department {

    public static final int CODE_LENGTH = 40;

    @Id
    private UUID id;

    @Column(nullable = false, length = CODE_LENGTH)
    private String code;

    @Embedded
    private LocalizedText name;

    @Column(name = "is_active", nullable = false)
    private boolean active = true;

    protected Department() {
        // for JPA
    }

    public Department(UUID id, String code, LocalizedText name) {
        this.id = Objects.requireNonNull(id);
        this.code = Objects.requireNonNull(code);
        this.name = Objects.requireNonNull(name);
    }

    public Department(String code, LocalizedText name) {
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

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
