package org.c2desk.platform;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;
import java.util.UUID;

/** One entry of a small bilingual list (a priority, an urgency, an origin, a CI relation type...). */
@Entity
@Table(name = "lookup_value")
public class LookupValue {

    public static final int CODE_LENGTH = 60;
    public static final int COLOR_LENGTH = 9;

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private LookupKind kind;

    @Column(nullable = false, length = CODE_LENGTH)
    private String code;

    @Embedded
    private LocalizedText name;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(length = COLOR_LENGTH)
    private String color;

    @Column(name = "is_active", nullable = false)
    private boolean active = true;

    protected LookupValue() {
        // for JPA
    }

    public LookupValue(UUID id, LookupKind kind, String code, LocalizedText name) {
        this.id = Objects.requireNonNull(id);
        this.kind = Objects.requireNonNull(kind);
        this.code = Objects.requireNonNull(code);
        this.name = Objects.requireNonNull(name);
    }

    public LookupValue(LookupKind kind, String code, LocalizedText name) {
        this(UUID.randomUUID(), kind, code, name);
    }

    public UUID getId() {
        return id;
    }

    public LookupKind getKind() {
        return kind;
    }

    public boolean is(LookupKind expected) {
        return kind == expected;
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

    public int getSortOrder() {
        return sortOrder;
    }

    public void setSortOrder(int sortOrder) {
        this.sortOrder = sortOrder;
    }

    public String getColor() {
        return color;
    }

    public void setColor(String color) {
        this.color = color;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    /** Throws unless {@code value} is null or of the {@code expected} kind; returns it for assignment. */
    public static LookupValue requireKind(LookupValue value, LookupKind expected) {
        if (value != null && value.kind != expected) {
            throw new IllegalArgumentException(
                    "Expected a " + expected + " value, got " + value.kind + " " + value.code);
        }
        return value;
    }
}
