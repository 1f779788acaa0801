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
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.c2desk.client.Client;
import org.c2desk.customfield.FieldSection;
import org.c2desk.customfield.FieldView;
import org.c2desk.customfield.FilledForm;
import org.c2desk.enterprise.Enterprise;
import org.c2desk.platform.LocalizedText;
import org.c2desk.platform.LookupValue;
import org.c2desk.platform.SequenceNumbers;
import org.c2desk.security.Caller;
import org.c2desk.security.Resource;
import org.c2desk.security.ResourceState;
import org.c2desk.ticket.OpenedTicket;
import org.c2desk.ticket.Ticket;
import org.c2desk.ticket.TicketAssignee;
import org.c2desk.ticket.TicketClient;
import org.c2desk.ticket.TicketListRow;
import org.c2desk.ticket.TicketService;
import org.c2desk.ticket.Workflow;

/**
 * A ticket as the C2 API's {@code Data}, field for field in the order of the documentation's response example.
 * Names are written in the ticket's enterprise's language, as the product does.
 */
@ApplicationScoped
public class TicketJson {

    private static final String EMPTY = C2Json.EMPTY_GUID;

    @EJB
    TicketService tickets;

    @EJB
    Workflow workflow;

    @Inject
    CustomFieldsJson customFieldsJson;

    public JsonObject of(Ticket t, Caller caller) {
        FilledForm form = tickets.formOf(caller, t);
        return of(t, form.layout(), form.fields(), workflow.workflowOf(caller, t), customFieldsJson);
    }

    /**
     * A ticket just opened, from what its creation had in hand. Static: it runs inside the creation's transaction
     * (see {@link TicketService#create(Caller, org.c2desk.ticket.NewTicket, java.util.function.Function)}), that is in
     * the EJB's naming context, where this web bean's own {@code @EJB} references could not be injected.
     */
    public static JsonObject of(OpenedTicket opened, CustomFieldsJson customFieldsJson) {
        return of(opened.ticket(), opened.layout(), opened.customFields(), opened.workflow(), customFieldsJson);
    }

    private static JsonObject of(
            Ticket t,
            List<FieldSection> layout,
            List<FieldView> fields,
            List<Ticket> workflow,
            CustomFieldsJson customFieldsJson) {
        Locale locale = t.getEnterprise().getDefaultCulture().locale();
        JsonObjectBuilder b = JSON.createObjectBuilder()
                .add("Id", t.getId().toString())
                .add(
                        "CategoryId",
                        id(t.getCategory() == null ? null : t.getCategory().getId()))
                .add(
                        "ServiceId",
                        id(t.getService() == null ? null : t.getService().getId()))
                .add(
                        "RequestId",
                        id(t.getRequest() == null ? null : t.getRequest().getId()))
                .add(
                        "IsDescriptionSectionVisible",
                        t.getRequest() == null || t.getRequest().isDescriptionSectionVisible())
                .add("IsDraftAllowed", t.getRequest() != null && t.getRequest().isDraftAllowed())
                .add(
                        "CatalogId",
                        t.getCatalog() == null ? EMPTY : t.getCatalog().getId().toString())
                .add("EnterpriseId", t.getEnterprise().getId().toString())
                .add("EnterpriseName", t.getEnterprise().getName())
                .add(
                        "CategoryName",
                        name(t.getCategory() == null ? null : t.getCategory().getName(), locale))
                .add(
                        "ServiceName",
                        name(t.getService() == null ? null : t.getService().getName(), locale))
                .add(
                        "RequestName",
                        name(t.getRequest() == null ? null : t.getRequest().getName(), locale))
                .add("EnterpriseUnavailabilityReasonId", JsonValue.NULL)
                .add("Description", text(t.getDescription()))
                .add("OriginId", lookupId(t.getOrigin()))
                .add("Summary", t.getSummary())
                .add("TicketTypeId", t.getType().getId().toString())
                .add("StatusId", t.getStatus().getId().toString())
                .add("StateId", lookupId(t.getState()))
                .add("ChangeTypeId", lookupId(t.getChangeType()))
                .add("QueueId", id(t.getQueue() == null ? null : t.getQueue().getId()))
                .add("Assignees", assignees(t))
                .add("Clients", clients(t))
                .add("ReferencesBy", JsonValue.EMPTY_JSON_ARRAY)
                .add("CustomFields", customFieldsJson.write(fields, layout))
                .add("CIs", cis(t, locale))
                .add("Workflows", workflows(workflow))
                .add(
                        "Attachments",
                        JSON.createObjectBuilder()
                                .add("NoAttachments", true)
                                .add("TicketNumber", SequenceNumbers.format(t.getSequenceNumber()))
                                .add("TicketId", t.getId().toString())
                                .add("Records", JsonValue.EMPTY_JSON_ARRAY))
                .add("IsReadonly", false)
                .add("IsPublic", false)
                .add("IsLocked", false)
                .add("LockedBy", JsonValue.NULL)
                .add("LockedSince", JsonValue.NULL)
                .add("IsClosedTicket", t.getClosedOn() != null)
                .add("IsTicket", t.isTicket())
                .add("ResponseDate", date(t.getResponseDate()))
                .add("DueDate", date(t.getDueDate()))
                .add("SelectedDueDate", JsonValue.NULL)
                .add("ReactivationDate", date(t.getReactivationDate()))
                .add("FirstAssignationDate", date(t.getFirstAssignationDate()))
                .add("TakingChargeDate", date(t.getTakingChargeDate()))
                .add("ResolutionDate", date(t.getResolutionDate()))
                .add("ClosedDateTime", date(t.getClosedOn()))
                .add("ImplementationDate", date(t.getImplementationDate()))
                .add("PriorisationDate", JsonValue.NULL)
                .add(
                        "PrioritySequenceNumber",
                        t.getPriority() == null
                                ? JsonValue.NULL
                                : JSON.createValue(t.getPriority().getSortOrder()))
                .add(
                        "PriorityName",
                        t.getPriority() == null ? "" : t.getPriority().getName().in(locale))
                .add("CreatedOn", date(t.getAudit().createdOn()))
                .add("CreatedBy", t.getAudit().createdBy())
                .add("LastModifiedOn", date(t.getAudit().lastModifiedOn()))
                .add("LastModifiedBy", t.getAudit().lastModifiedBy())
                .add("ClosedBy", text(t.getClosedBy()))
                .add("Duration", "0.00:00:00")
                .add("EstimatedDuration", "0.00:00:00")
                .add("TotalDuration", "0.00:00:00")
                .add("DifferenceDuration", "0.00:00:00")
                .add("ClientRoleId", JsonValue.NULL)
                .add("ClosingReasonId", lookupId(t.getClosingReason()))
                .add("BusinessServiceId", JsonValue.NULL)
                .add(
                        "ParentTicketId",
                        id(
                                t.getParentTicket() == null
                                        ? null
                                        : t.getParentTicket().getId()))
                .add(
                        "ParentTicketNumber",
                        t.getParentTicket() == null
                                ? JsonValue.NULL
                                : JSON.createValue(SequenceNumbers.format(
                                        t.getParentTicket().getSequenceNumber())))
                .add(
                        "ParentTicketTypeId",
                        id(
                                t.getParentTicket() == null
                                        ? null
                                        : t.getParentTicket().getType().getId()))
                .add(
                        "ParentTicketRequestId",
                        id(
                                t.getParentTicket() == null
                                                || t.getParentTicket().getRequest() == null
                                        ? null
                                        : t.getParentTicket().getRequest().getId()))
                .add("PriorityId", lookupId(t.getPriority()))
                .add("UrgencyId", lookupId(t.getUrgency()))
                .add("ImpactId", lookupId(t.getImpact()))
                .add("LevelId", JsonValue.NULL)
                .add("KBItemId", JsonValue.NULL)
                .add("KBItemName", "")
                .add("TechnicalResolution", text(t.getTechnicalResolution()))
                .add("ClientResolution", text(t.getClientResolution()))
                .add("ResolutionTypeId", lookupId(t.getResolutionType()))
                .add("WorkflowId", JsonValue.NULL)
                .add("WorkflowParentId", JsonValue.NULL)
                .add("WorkflowParentConditionResult", JsonValue.NULL)
                .add("ExternalId", text(t.getExternalId()))
                .add("SequenceNumber", t.getSequenceNumber())
                .add("Cost", t.getCost())
                .add("Price", t.getPrice())
                .add("ResponseTime", 0)
                .add("ResponseTimeUnit", 0)
                .add("ResolutionTime", 0)
                .add("ResolutionTimeUnit", 0)
                .add("WorkingHours247", false)
                .add("Step", t.getWorkflowStep() == null ? JsonValue.NULL : JSON.createValue(t.getWorkflowStep()))
                .add("IsReady", t.isReady())
                .add(
                        "TaskTemplateId",
                        id(
                                t.getTaskTemplate() == null
                                        ? null
                                        : t.getTaskTemplate().getId()))
                .add("ApprovalDate", JsonValue.NULL)
                .add("ReasonForRejection", JsonValue.NULL)
                .add("IsSurveyCompleted", t.getSurveyCompletedOn() != null)
                .add("IsCalendarFullDay", false)
                .add("CalendarStartDate", JsonValue.NULL)
                .add("CalendarEndDate", JsonValue.NULL)
                .add("CopiedFromSequenceNumber", JsonValue.NULL)
                .add("IsDraft", t.isDraft())
                .add("WasDraft", false)
                .add("ResponseWaitingTime", 0)
                .add("DueDateWaitingTime", 0)
                .add("IncludeClientAssignation", false)
                .add("UnreadCommunicationsCount", 0)
                .add("CommunicationsCount", 0);
        return b.build();
    }

    /**
     * A ticket of Ticket/List: the fields a list shows, named as in {@link #of} (the client and assignee are the
     * principal ones); names in {@code locale}, the caller's language. Written straight to the response
     * ({@link C2Json#okPage}).
     */
    public static void writeListItem(JsonGenerator json, TicketListRow r, Locale locale) {
        json.write("Id", r.id().toString())
                .write("SequenceNumber", r.sequenceNumber())
                .write("Summary", r.summary())
                .write("IsTicket", r.ticket())
                .write("StatusId", r.statusId().toString());
        C2Json.write(json, "StatusName", nameIn(r.status(), locale));
        C2Json.write(json, "QueueId", idText(r.queueId()));
        C2Json.write(json, "QueueName", nameIn(r.queue(), locale));
        json.write("EnterpriseId", r.enterpriseId().toString()).write("EnterpriseName", r.enterpriseName());
        C2Json.write(json, "PriorityId", idText(r.priorityId()));
        C2Json.write(json, "PriorityName", nameIn(r.priority(), locale));
        C2Json.write(json, "ClientId", idText(r.clientId()));
        C2Json.write(json, "ClientName", r.clientName());
        C2Json.write(json, "AssigneeId", idText(r.assigneeId()));
        C2Json.write(json, "AssigneeName", r.assigneeName());
        C2Json.write(json, "CreatedOn", dateText(r.createdOn()));
        C2Json.write(json, "LastModifiedOn", dateText(r.lastModifiedOn()));
        C2Json.write(json, "DueDate", dateText(r.dueDate()));
    }

    private static String nameIn(LocalizedText text, Locale locale) {
        return text == null ? null : text.in(locale);
    }

    private static String idText(UUID id) {
        return id == null ? null : id.toString();
    }

    private static String dateText(OffsetDateTime time) {
        return time == null ? null : C2Json.date(time.toInstant());
    }

    private static JsonArrayBuilder assignees(Ticket t) {
        JsonArrayBuilder list = JSON.createArrayBuilder();
        for (TicketAssignee a : t.getAssignees()) {
            Resource r = a.getResource();
            list.add(JSON.createObjectBuilder()
                    .add("AssigneeType", 0)
                    .add("EmailSent", a.isEmailSent())
                    .add("RelationId", a.getId().toString())
                    .add("Id", r.getId().toString())
                    .add("SequenceNumber", SequenceNumbers.format(r.getSequenceNumber()))
                    .add("UserName", r.getUserName())
                    .add("FirstName", r.getFirstName())
                    .add("LastName", r.getLastName())
                    .add("IsActive", r.isActive())
                    .add("FullName", r.getFullName())
                    .add("Text", JsonValue.NULL)
                    .add("Icon", "Content/Images/user.png")
                    .add("NameId", EMPTY)
                    .add("IsPrincipal", a.isPrincipal())
                    .add(
                            "ResourceState",
                            state(
                                    r.getState(),
                                    r.getEnterprise().getDefaultCulture().locale())));
        }
        return list;
    }

    private static JsonValue state(ResourceState s, Locale locale) {
        if (s == null) {
            return JsonValue.NULL;
        }
        return JSON.createObjectBuilder()
                .add("IsAssignableToTicket", s.isAssignable())
                .add("ResourceStateColor", text(s.getColor()))
                .add("Description", "")
                .add("Id", s.getId().toString())
                .add("Text", s.getName().in(locale))
                .add("ImagePath", "Content/catalogimages/catalog_other.png")
                .add("Code", s.getCode())
                .add("SequenceNumber", s.getSortOrder())
                .add("Items", JsonValue.NULL)
                .add("IsActive", s.isActive())
                .build();
    }

    private static JsonArrayBuilder clients(Ticket t) {
        JsonArrayBuilder list = JSON.createArrayBuilder();
        for (TicketClient tc : t.getClients()) {
            Client c = tc.getClient();
            Optional<Enterprise> enterprise = c.primaryEnterprise();
            list.add(JSON.createObjectBuilder()
                    .add("EmailAddress", text(c.getEmailAddress()))
                    .add("RelationId", tc.getId().toString())
                    .add("Id", c.getId().toString())
                    .add("SequenceNumber", SequenceNumbers.format(c.getSequenceNumber()))
                    .add("FirstName", c.getFirstName())
                    .add("LastName", c.getLastName())
                    .add("FullName", c.getFullName())
                    .add("UserName", text(c.getUserName()))
                    .add("Address", c.getStreetName() == null ? "" : c.getStreetName())
                    .add("OfficePhone", text(c.getOfficePhone()))
                    .add("IsActive", c.isActive())
                    .add("IsPrimary", false)
                    .add("IsPrincipal", tc.isPrincipal())
                    .add("RoleId", JsonValue.NULL)
                    .add("CatalogId", JsonValue.NULL)
                    .add("EnterpriseId", id(enterprise.map(Enterprise::getId).orElse(null)))
                    .add(
                            "EnterpriseName",
                            text(enterprise.map(Enterprise::getName).orElse(null)))
                    .add("ApprovalEmailSent", false)
                    .add("SearchField1", text(c.getSearchField1()))
                    .add("SearchField2", text(c.getSearchField2()))
                    .add("HasRemoteApplication", false)
                    .add("TemplateId", JsonValue.NULL)
                    .add("AssigneeType", 1)
                    .add("value", c.getFullName()));
        }
        return list;
    }

    private static JsonArrayBuilder cis(Ticket t, Locale locale) {
        JsonArrayBuilder list = JSON.createArrayBuilder();
        t.getCis()
                .forEach(ci -> list.add(JSON.createObjectBuilder()
                        .add("Id", ci.getId().toString())
                        .add("CINumber", SequenceNumbers.format(ci.getCiNumber()))
                        .add("Name", ci.getName().in(locale))));
        return list;
    }

    private static JsonArrayBuilder workflows(List<Ticket> workflow) {
        JsonArrayBuilder list = JSON.createArrayBuilder();
        for (Ticket task : workflow) {
            LocalizedText templateName = task.getTaskTemplate() == null
                    ? null
                    : task.getTaskTemplate().getName();
            list.add(JSON.createObjectBuilder()
                    .add("Id", task.getId().toString())
                    .add("SequenceNumber", 0)
                    .add("RelatedTicketId", task.getId().toString())
                    .add(
                            "TaskTemplateId",
                            id(
                                    task.getTaskTemplate() == null
                                            ? null
                                            : task.getTaskTemplate().getId()))
                    .add("RequestTemplateId", JsonValue.NULL)
                    .add("Step", task.getWorkflowStep() == null ? 1 : task.getWorkflowStep())
                    .add("StatusId", task.getStatus().getId().toString())
                    .add("StatusCode", task.getStatus().getCode())
                    .add("InsertedDate", date(task.getAudit().createdOn()))
                    .add("Type", 0)
                    .add("LastModifiedDateTime", date(task.getAudit().lastModifiedOn()))
                    .add("TicketTypeId", task.getType().getId().toString())
                    .add("RelatedSequenceNumber", task.getSequenceNumber())
                    .add("Summary", task.getSummary())
                    .add("Description", text(task.getDescription()))
                    .add("Status", JsonValue.NULL)
                    .add("Queue", JsonValue.NULL)
                    .add("DueDate", date(task.getDueDate()))
                    .add("AssignedResources", JsonValue.NULL)
                    .add("PrincipalResource", JsonValue.NULL)
                    .add("PrincipalApprover", JsonValue.NULL)
                    .add("IsReady", task.isReady())
                    .add("IsBlocking", task.isBlocking())
                    .add("IsDone", task.getStatus().isFinished())
                    .add(
                            "IsApproval",
                            task.getTaskTemplate() != null
                                    && task.getTaskTemplate().isApproval())
                    .add("IsTask", true)
                    .add("IsDraft", task.isDraft())
                    .add("ParentId", JsonValue.NULL)
                    .add("SubWorkflows", JsonValue.EMPTY_JSON_ARRAY)
                    .add("ParentConditionResult", JsonValue.NULL)
                    .add("ConditionResult", JsonValue.NULL)
                    .add("ConditionGroups", JsonValue.EMPTY_JSON_ARRAY)
                    .add("Actions", JsonValue.EMPTY_JSON_ARRAY)
                    .add("NameId", JsonValue.NULL)
                    .add("Name", templateName == null ? "" : templateName.english())
                    .add("EnglishName", templateName == null ? "" : templateName.english())
                    .add("FrenchName", templateName == null ? "" : templateName.french()));
        }
        return list;
    }

    private static JsonValue lookupId(LookupValue value) {
        return id(value == null ? null : value.getId());
    }

    private static JsonValue name(LocalizedText text, Locale locale) {
        return text == null ? JsonValue.NULL : JSON.createValue(text.in(locale));
    }
}
