package org.c2desk.platform;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;
import java.util.UUID;

/** A country a client's address can name, by ISO 3166 alpha-2 code. */
@Entity
@Table(name = "country")
public class Country {

    public static final int ISO_CODE_LENGTH = 2;

    @Id
    private UUID id;

    @Column(name = "iso_code", nullable = false, length = ISO_CODE_LENGTH)
    private String isoCode;

    @Embedded
    private LocalizedText name;

    protected Country() {
        // for JPA
    }

    public Country(UUID id, String isoCode, LocalizedText name) {
        this.id = Objects.requireNonNull(id);
        this.isoCode = Objects.requireNonNull(isoCode);
        this.name = Objects.requireNonNull(name);
    }

    public Country(String isoCode, LocalizedText name) {
        this(UUID.randomUUID(), isoCode, name);
    }

    public UUID getId() {
        return id;
    }

    public String getIsoCode() {
        return isoCode;
    }

    public LocalizedText getName() {
        return name;
    }
}
