package org.c2desk.ticket;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What an agent or an API changes on a ticket, each field with its type. A null field is left as it is; an empty
 * {@link Optional} clears the field. The summary and the status are never cleared, so they are plain values (null:
 * unchanged). Custom fields are keyed by their definition's sequence number or id, with their text: their definition
 * types them. Refusals name the field by its component's name ({@code summary}, {@code statusId}...).
 */
public record TicketEdit(
        @Pattern(regexp = "(?s).*\\S.*", message = "is required")
        @Size(max = Ticket.SUMMARY_LENGTH, message = "at most {max} characters") String summary,

        Optional<String> description,
        UUID statusId,
        Optional<UUID> queueId,
        Optional<UUID> priorityId,
        Optional<UUID> assigneeId,
        Optional<UUID> urgencyId,
        Optional<UUID> impactId,
        Optional<UUID> originId,
        Optional<UUID> stateId,
        Optional<UUID> changeTypeId,
        Optional<UUID> closingReasonId,
        Optional<UUID> resolutionTypeId,
        Optional<OffsetDateTime> dueDate,
        Optional<String> externalId,
        Optional<String> technicalResolution,
        Optional<String> clientResolution,
        Map<String, String> customFields) {

    public TicketEdit {
        // Values may be null (an emptied field), so no Map.copyOf.
        customFields = customFields == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(customFields));
    }

    /** Changes nothing (yet): each method of the builder names one field that changes. */
    public static Builder change() {
        return new Builder();
    }

    /** Changes nothing at all. */
    public boolean isEmpty() {
        return equals(change().build());
    }

    /**
     * Names the fields that change, one call each; a null value clears the field (for the summary and the status,
     * which cannot be cleared, it leaves them as they are).
     */
    public static final class Builder {
        private String summary;
        private Optional<String> description;
        private UUID statusId;
        private Optional<UUID> queueId;
        private Optional<UUID> priorityId;
        private Optional<UUID> assigneeId;
        private Optional<UUID> urgencyId;
        private Optional<UUID> impactId;
        private Optional<UUID> originId;
        private Optional<UUID> stateId;
        private Optional<UUID> changeTypeId;
        private Optional<UUID> closingReasonId;
        private Optional<UUID> resolutionTypeId;
        private Optional<OffsetDateTime> dueDate;
        private Optional<String> externalId;
        private Optional<String> technicalResolution;
        private Optional<String> clientResolution;
        private final Map<String, String> customFields = new LinkedHashMap<>();

        private Builder() {}

        public Builder summary(String value) {
            summary = value;
            return this;
        }

        public Builder description(String value) {
            description = Optional.ofNullable(value);
            return this;
        }

        public Builder status(UUID value) {
            statusId = value;
            return this;
        }

        public Builder queue(UUID value) {
            queueId = Optional.ofNullable(value);
            return this;
        }

        public Builder priority(UUID value) {
            priorityId = Optional.ofNullable(value);
            return this;
        }

        /** The principal assignee; null leaves the ticket with no assignee at all. */
        public Builder assignee(UUID value) {
            assigneeId = Optional.ofNullable(value);
            return this;
        }

        public Builder urgency(UUID value) {
            urgencyId = Optional.ofNullable(value);
            return this;
        }

        public Builder impact(UUID value) {
            impactId = Optional.ofNullable(value);
            return this;
        }

        public Builder origin(UUID value) {
            originId = Optional.ofNullable(value);
            return this;
        }

        public Builder state(UUID value) {
            stateId = Optional.ofNullable(value);
            return this;
        }

        public Builder changeType(UUID value) {
            changeTypeId = Optional.ofNullable(value);
            return this;
        }

        public Builder closingReason(UUID value) {
            closingReasonId = Optional.ofNullable(value);
            return this;
        }

        public Builder resolutionType(UUID value) {
            resolutionTypeId = Optional.ofNullable(value);
            return this;
        }

        public Builder dueDate(OffsetDateTime value) {
            dueDate = Optional.ofNullable(value);
            return this;
        }

        public Builder externalId(String value) {
            externalId = Optional.ofNullable(value);
            return this;
        }

        public Builder technicalResolution(String value) {
            technicalResolution = Optional.ofNullable(value);
            return this;
        }

        public Builder clientResolution(String value) {
            clientResolution = Optional.ofNullable(value);
            return this;
        }

        /** A custom field, by its definition's sequence number or id; null empties it. */
        public Builder customField(String key, String value) {
            customFields.put(key, value);
            return this;
        }

        public Builder customFields(Map<String, String> values) {
            customFields.putAll(values);
            return this;
        }

        public TicketEdit build() {
            return new TicketEdit(
                    summary,
                    description,
                    statusId,
                    queueId,
                    priorityId,
                    assigneeId,
                    urgencyId,
                    impactId,
                    originId,
                    stateId,
                    changeTypeId,
                    closingReasonId,
                    resolutionTypeId,
                    dueDate,
                    externalId,
                    technicalResolution,
                    clientResolution,
                    customFields);
        }
    }
}
