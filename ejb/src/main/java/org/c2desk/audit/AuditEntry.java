package org.c2desk.audit;

import static org.c2desk.platform.Jsonp.JSON;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.StringReader;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.c2desk.platform.NewRowsEntity;

/**
 * One write to one object: who, when, from where, through which channel, what kind of write, and the fields it
 * changed (as a JSON array in one column, so a write costs one row). Never edited.
 */
@Entity
@NewRowsEntity
@Table(name = "audit_entry")
public class AuditEntry {

    public static final int ACTOR_NAME_LENGTH = 200;

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    @Column(name = "object_kind", nullable = false, updatable = false, length = 30)
    private ObjectKind objectKind;

    @Column(name = "object_id", nullable = false, updatable = false)
    private UUID objectId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 30)
    private AuditAction action;

    @Column(name = "actor_name", nullable = false, updatable = false, length = ACTOR_NAME_LENGTH)
    private String actorName;

    @Enumerated(EnumType.STRING)
    @Column(name = "actor_kind", nullable = false, updatable = false, length = 10)
    private ActorKind actorKind;

    /** Null for the entries migrated from the ticket history, whose channel was not recorded. */
    @Enumerated(EnumType.STRING)
    @Column(updatable = false, length = 20)
    private AuditChannel channel;

    @Column(updatable = false, length = RequestOrigin.ADDRESS_LENGTH)
    private String address;

    @Column(name = "occurred_on", nullable = false, updatable = false)
    private OffsetDateTime occurredOn;

    /** {@code [{"field": ..., "label": ..., "before": ..., "after": ...}]} (jsonb). */
    @Column(nullable = false, updatable = false, columnDefinition = "jsonb")
    private String changes;

    protected AuditEntry() {
        // for JPA
    }

    AuditEntry(
            ObjectKind objectKind,
            UUID objectId,
            AuditAction action,
            Actor actor,
            AuditChannel channel,
            String address,
            List<FieldChange> changes) {
        this.id = UUID.randomUUID();
        this.objectKind = Objects.requireNonNull(objectKind);
        this.objectId = Objects.requireNonNull(objectId);
        this.action = Objects.requireNonNull(action);
        this.actorName =
                actor.name().length() > ACTOR_NAME_LENGTH ? actor.name().substring(0, ACTOR_NAME_LENGTH) : actor.name();
        this.actorKind = actor.kind();
        this.channel = channel;
        this.address = address;
        this.occurredOn = OffsetDateTime.now(ZoneOffset.UTC);
        this.changes = toJson(changes);
    }

    static String toJson(List<FieldChange> changes) {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        for (FieldChange change : changes) {
            JsonObjectBuilder item = JSON.createObjectBuilder().add("field", change.field());
            nullable(item, "label", change.label());
            nullable(item, "before", change.before());
            nullable(item, "after", change.after());
            array.add(item);
        }
        return array.build().toString();
    }

    private static void nullable(JsonObjectBuilder item, String name, String value) {
        if (value == null) {
            item.addNull(name);
        } else {
            item.add(name, value);
        }
    }

    static List<FieldChange> fromJson(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        try (JsonReader reader = JSON.createReader(new StringReader(json))) {
            JsonArray array = reader.readArray();
            List<FieldChange> list = new ArrayList<>(array.size());
            for (JsonValue value : array) {
                JsonObject item = value.asJsonObject();
                list.add(new FieldChange(
                        text(item, "field"), text(item, "label"), text(item, "before"), text(item, "after")));
            }
            return list;
        }
    }

    private static String text(JsonObject item, String name) {
        JsonValue value = item.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        return value.getValueType() == JsonValue.ValueType.STRING ? item.getString(name) : value.toString();
    }

    public UUID getId() {
        return id;
    }

    public ObjectKind getObjectKind() {
        return objectKind;
    }

    public UUID getObjectId() {
        return objectId;
    }

    public AuditAction getAction() {
        return action;
    }

    public String getActorName() {
        return actorName;
    }

    public ActorKind getActorKind() {
        return actorKind;
    }

    public AuditChannel getChannel() {
        return channel;
    }

    public String getAddress() {
        return address;
    }

    public OffsetDateTime getOccurredOn() {
        return occurredOn;
    }

    public List<FieldChange> getChanges() {
        return fromJson(changes);
    }
}
