package org.c2desk.web.api.v1;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.c2desk.customfield.FieldView;
import org.c2desk.platform.LocalizedText;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The JSON shapes of /api/v1 (written by JSON-B): camelCase names, ISO-8601 date-times, UUIDs as strings, names in
 * both languages as {@code {"en": ..., "fr": ...}}. Not the C2 API's shapes.
 */
public final class Views {

    private Views() {}

    @Schema(name = "Names", description = "A name in English and French")
    public record Names(String en, String fr) {
        static Names of(LocalizedText text) {
            return text == null ? null : new Names(text.english(), text.french());
        }
    }

    @Schema(name = "CustomFieldValue", description = "A custom field of the object's form with its value")
    public record CustomFieldValue(
            @Schema(description = "The definition's sequence number: a key for customFields in POST and PATCH")
            long sequenceNumber,

            @Schema(description = "The definition's id: also a key for customFields")
            UUID definitionId,

            Names name,
            String type,
            boolean required,
            boolean readOnly,

            @Schema(
                    description =
                            "The value as text (null: none); dates ISO-8601, decimals with a dot, checkboxes True/False")
            String value,

            @Schema(description = "What a person sees: a client's name, a list item's text")
            String displayName) {
        static List<CustomFieldValue> of(List<FieldView> fields) {
            return fields.stream()
                    .map(f -> new CustomFieldValue(
                            f.definitionSequenceNumber(),
                            f.definitionId(),
                            new Names(f.englishName(), f.frenchName()),
                            f.type().name(),
                            f.required(),
                            f.readOnly(),
                            f.value(),
                            f.displayName()))
                    .toList();
        }
    }

    @Schema(
            name = "Page",
            description = "One page of a list; pass nextCursor as cursor for the next page (null: last page)")
    public record Page<T>(List<T> items, String nextCursor) {}

    @Schema(name = "Ticket")
    public record TicketView(
            UUID id,
            long number,
            String summary,
            String description,
            UUID ticketTypeId,
            UUID statusId,
            String statusCode,
            UUID queueId,
            UUID enterpriseId,
            UUID priorityId,
            UUID urgencyId,
            UUID impactId,
            UUID originId,
            UUID stateId,
            UUID requestId,
            OffsetDateTime dueDate,
            String externalId,
            String technicalResolution,
            String clientResolution,
            List<UUID> clientIds,
            List<UUID> assigneeIds,
            List<CustomFieldValue> customFields,
            String createdBy,
            OffsetDateTime createdOn,
            String lastModifiedBy,
            OffsetDateTime lastModifiedOn,

            @Schema(description = "The version the ETag carries")
            long version) {}

    @Schema(name = "TicketSummary", description = "A ticket in a list")
    public record TicketSummary(
            UUID id,
            long number,
            String summary,
            UUID ticketTypeId,
            UUID statusId,
            String statusCode,
            UUID queueId,
            UUID enterpriseId,
            OffsetDateTime dueDate,
            OffsetDateTime createdOn,
            OffsetDateTime lastModifiedOn,
            long version) {}

    @Schema(name = "Communication", description = "A public reply (reaches the client) or an internal note")
    public record CommunicationView(
            UUID id,

            @Schema(description = "true: a public reply; false: an internal note")
            boolean isPublic,

            String channel,
            String subject,
            String body,
            UUID authorResourceId,
            UUID authorClientId,
            String authorName,
            OffsetDateTime createdOn) {}

    @Schema(name = "Attachment")
    public record AttachmentView(
            UUID id,
            String fileName,
            String contentType,
            long sizeBytes,
            String sha256,
            boolean isPublic,
            String createdBy,
            OffsetDateTime createdOn,

            @Schema(description = "Where to download the bytes")
            String href) {}

    @Schema(name = "Client")
    public record ClientView(
            UUID id,
            long number,
            String firstName,
            String lastName,
            String emailAddress,
            String officePhone,
            String mobilePhone,
            String streetName,
            String city,
            String postalCode,
            UUID countryId,
            @Schema(description = "M, F or null") String gender,
            @Schema(description = "en-US or fr-CA") String preferredCulture,
            boolean active,
            boolean portalAccess,
            String userName,
            String externalId,
            String searchField1,
            String searchField2,

            @Schema(description = "The client's enterprises, the primary one first")
            List<UUID> enterpriseIds,

            List<CustomFieldValue> customFields,
            String createdBy,
            OffsetDateTime createdOn,
            String lastModifiedBy,
            OffsetDateTime lastModifiedOn,

            @Schema(description = "The version the ETag carries")
            long version) {}

    @Schema(name = "ClientSummary", description = "A client in a list")
    public record ClientSummary(
            UUID id,
            long number,
            String firstName,
            String lastName,
            String emailAddress,
            String userName,
            boolean portalAccess,
            boolean active,
            @Schema(description = "The primary enterprise") UUID enterpriseId,
            String enterpriseName,
            OffsetDateTime lastModifiedOn) {}

    @Schema(name = "Ci", description = "A configuration item")
    public record CiView(
            UUID id,
            @Schema(description = "The CI number") long number,
            Names name,
            Names description,
            UUID folderId,
            UUID categoryId,
            UUID typeId,
            UUID stateId,
            @Schema(description = "The client who owns it") UUID ownerId,
            String tags,
            String externalId,
            boolean active,
            List<CustomFieldValue> customFields,
            String createdBy,
            OffsetDateTime createdOn,
            String lastModifiedBy,
            OffsetDateTime lastModifiedOn,

            @Schema(description = "The version the ETag carries")
            long version) {}

    @Schema(name = "CiSummary", description = "A configuration item in a list")
    public record CiSummary(
            UUID id,
            long number,
            Names name,
            UUID folderId,
            UUID categoryId,
            UUID typeId,
            Names typeName,
            UUID stateId,
            UUID ownerId,
            String ownerName,
            boolean active,
            OffsetDateTime lastModifiedOn) {}

    @Schema(name = "Token", description = "A personal API token, as lists show it (never the secret)")
    public record TokenView(
            UUID id,
            UUID resourceId,
            String resourceUserName,
            String name,

            @Schema(description = "The token's first 12 characters, to tell tokens apart")
            String prefix,

            OffsetDateTime createdOn,
            OffsetDateTime lastUsedOn,
            OffsetDateTime expiresOn,
            OffsetDateTime revokedOn) {}

    @Schema(name = "IssuedToken", description = "A token just created: the secret is shown this once")
    public record IssuedTokenView(
            TokenView info,

            @Schema(description = "Send as Authorization: Bearer <token>. Store it now: it cannot be shown again")
            String token) {}
}
