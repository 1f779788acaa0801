package org.c2desk.cmdb;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.UUID;
import org.c2desk.platform.LookupKind;
import org.c2desk.platform.LookupValue;

/** A typed link between two configuration items ("runs on", "depends on"...), read from {@code from} to {@code to}. */
@Entity
@Table(name = "ci_relation")
public class CiRelation {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "from_ci_id", nullable = false, updatable = false)
    private ConfigurationItem from;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "to_ci_id", nullable = false, updatable = false)
    private ConfigurationItem to;

    /** A {@link LookupKind#CI_RELATION} value. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "relation_type_id", nullable = false, updatable = false)
    private LookupValue relationType;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_on", nullable = false, updatable = false)
    private OffsetDateTime createdOn;

    protected CiRelation() {
        // for JPA
    }

    public CiRelation(ConfigurationItem from, ConfigurationItem to, LookupValue relationType, String createdBy) {
        if (from.getId().equals(to.getId())) {
            throw new IllegalArgumentException("A configuration item cannot be related to itself");
        }
        this.id = UUID.randomUUID();
        this.from = from;
        this.to = to;
        this.relationType = Objects.requireNonNull(LookupValue.requireKind(relationType, LookupKind.CI_RELATION));
        this.createdBy = Objects.requireNonNull(createdBy);
        this.createdOn = OffsetDateTime.now(ZoneOffset.UTC);
    }

    public UUID getId() {
        return id;
    }

    public ConfigurationItem getFrom() {
        return from;
    }

    public ConfigurationItem getTo() {
        return to;
    }

    public LookupValue getRelationType() {
        return relationType;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public OffsetDateTime getCreatedOn() {
        return createdOn;
    }
}
