package org.c2desk.web.api.c2;

import static org.c2desk.platform.Jsonp.JSON;
import static org.c2desk.web.api.c2.C2Json.date;
import static org.c2desk.web.api.c2.C2Json.id;
import static org.c2desk.web.api.c2.C2Json.text;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.c2desk.cmdb.CiCounts;
import org.c2desk.cmdb.CiListRow;
import org.c2desk.cmdb.CiRelation;
import org.c2desk.cmdb.CiRelations;
import org.c2desk.cmdb.CiService;
import org.c2desk.cmdb.CiState;
import org.c2desk.cmdb.ConfigurationItem;
import org.c2desk.customfield.FilledForm;
import org.c2desk.platform.SequenceNumbers;
import org.c2desk.security.Caller;
import org.c2desk.security.Permission;
import org.c2desk.ticket.Attachment;

/**
 * A configuration item as the C2 API's {@code Data}, field for field in the order of the documentation's "Update a
 * CI" response, followed by the few fields only its "Create a CI" response shows: one object that holds every
 * documented field, for Save and UpdateProperty alike. {@code Name} is the English name; the type's name and the
 * state's message are in the CI's language ({@link CiService#languageOf}).
 */
@ApplicationScoped
public class CiJson {

    @EJB
    CiService cis;

    @EJB
    CiRelations relations;

    @Inject
    CustomFieldsJson customFieldsJson;

    public JsonObject of(ConfigurationItem ci, Caller caller) {
        Locale locale = cis.languageOf(caller, ci);
        CiState state = ci.getState();
        CiCounts counts = cis.counts(caller, ci);
        return JSON.createObjectBuilder()
                .add("CINumber", SequenceNumbers.format(ci.getCiNumber()))
                .add("CICategoryImagePath", text(ci.getCategory().getImagePath()))
                .add("StateId", id(state == null ? null : state.getId()))
                .add("CICategoryPrefix", text(ci.getCategory().getPrefix()))
                .add("CITypeId", id(ci.getType() == null ? null : ci.getType().getId()))
                .add("CategoryId", ci.getCategory().getId().toString())
                .add("CIFolderId", ci.getFolder().getId().toString())
                .add("Name", ci.getName().english())
                .add(
                        "CITypeName",
                        ci.getType() == null
                                ? JsonValue.NULL
                                : JSON.createValue(ci.getType().getName().in(locale)))
                .add("IsReadOnly", !caller.can(Permission.CI_EDIT))
                .add("CustomFields", customFields(caller, ci))
                .add("OwnerId", id(ci.getOwner() == null ? null : ci.getOwner().getId()))
                .add(
                        "OwnerName",
                        text(ci.getOwner() == null ? null : ci.getOwner().getFullName()))
                .add("CIRelationsFrom", relations(relations.relationsFrom(caller, ci), true, locale))
                .add("CIRelationsTo", relations(relations.relationsTo(caller, ci), false, locale))
                .add("Attachments", attachments(cis.attachmentsOf(caller, ci)))
                .add("StateTextColor", text(state == null ? null : state.getTextColor()))
                .add("StateBackgroundColor", text(state == null ? null : state.getBackgroundColor()))
                .add(
                        "StateMessage",
                        text(
                                state == null || state.getMessage() == null
                                        ? null
                                        : state.getMessage().in(locale)))
                .add("Tags", ci.getTags())
                .add("ExternalId", text(ci.getExternalId()))
                .add("CIClientsCount", counts.clients())
                .add("CIEnterprisesCount", counts.enterprises())
                .add("CITicketsCount", counts.tickets())
                .add("EnglishName", ci.getName().english())
                .add("FrenchName", ci.getName().french())
                .add("EnglishDescription", ci.getDescription().english())
                .add("FrenchDescription", ci.getDescription().french())
                .add("NameId", JsonValue.NULL)
                .add("DescriptionId", JsonValue.NULL)
                .add("ImagePath", text(ci.getImagePath()))
                .add("IsActive", ci.isActive())
                .add("IsDeleted", false)
                .add("SequenceNumber", SequenceNumbers.format(ci.getSequenceNumber()))
                .add("CreatedBy", ci.getAudit().createdBy())
                .add("CreatedDateTime", date(ci.getAudit().createdOn()))
                .add("LastModifiedBy", ci.getAudit().lastModifiedBy())
                .add("LastModifiedDateTime", date(ci.getAudit().lastModifiedOn()))
                // Shown only by the "Create a CI" response: a CI has no parent, portal access nor user name.
                .add("Message", JsonValue.NULL)
                .add("ParentId", JsonValue.NULL)
                .add("HasPortalAccess", false)
                .add("UserName", JsonValue.NULL)
                .add("Data", JsonValue.NULL)
                .add("Id", ci.getId().toString())
                .build();
    }

    /**
     * A CI of CI/List, its fields named as in {@link #of}: {@code Name} is the English name, the type's name is in
     * {@code locale}, the caller's language.
     */
    public static JsonObject listItem(CiListRow r, Locale locale) {
        return JSON.createObjectBuilder()
                .add("Id", r.id().toString())
                .add("CINumber", SequenceNumbers.format(r.ciNumber()))
                .add("Name", r.name().english())
                .add("CIFolderId", r.folderId().toString())
                .add("CategoryId", r.categoryId().toString())
                .add("CITypeId", id(r.typeId()))
                .add("CITypeName", C2Json.name(r.typeName(), locale))
                .add("StateId", id(r.stateId()))
                .add("OwnerId", id(r.ownerId()))
                .add("OwnerName", text(r.ownerName()))
                .add("IsActive", r.active())
                .add("LastModifiedDateTime", date(r.lastModifiedOn()))
                .build();
    }

    private JsonObject customFields(Caller caller, ConfigurationItem ci) {
        FilledForm form = cis.formOf(caller, ci, ZoneOffset.UTC, Locale.ENGLISH);
        return customFieldsJson.write(form.fields(), form.layout());
    }

    /**
     * The documentation shows these lists empty only; each relation names the other CI ({@code CIId},
     * {@code CINumber}, {@code CIName}) and the relation's type.
     */
    private static JsonArrayBuilder relations(List<CiRelation> relations, boolean from, Locale locale) {
        JsonArrayBuilder list = JSON.createArrayBuilder();
        for (CiRelation r : relations) {
            ConfigurationItem other = from ? r.getTo() : r.getFrom();
            list.add(JSON.createObjectBuilder()
                    .add("Id", r.getId().toString())
                    .add("CIFromId", r.getFrom().getId().toString())
                    .add("CIToId", r.getTo().getId().toString())
                    .add("RelationTypeId", r.getRelationType().getId().toString())
                    .add("RelationTypeCode", r.getRelationType().getCode())
                    .add("RelationTypeName", r.getRelationType().getName().in(locale))
                    .add("CIId", other.getId().toString())
                    .add("CINumber", SequenceNumbers.format(other.getCiNumber()))
                    .add("CIName", other.getName().english())
                    .add("CreatedBy", r.getCreatedBy())
                    .add("CreatedDateTime", date(r.getCreatedOn())));
        }
        return list;
    }

    private static JsonArrayBuilder attachments(List<Attachment> attachments) {
        JsonArrayBuilder list = JSON.createArrayBuilder();
        for (Attachment a : attachments) {
            list.add(JSON.createObjectBuilder()
                    .add("Id", a.getId().toString())
                    .add("FileName", a.getFileName())
                    .add("ContentType", a.getContentType())
                    .add("Size", a.getSizeBytes())
                    .add("IsPublic", a.isPublic())
                    .add("CreatedBy", a.getCreatedBy())
                    .add("CreatedDateTime", date(a.getCreatedOn())));
        }
        return list;
    }
}
