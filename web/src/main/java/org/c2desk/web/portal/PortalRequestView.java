package org.c2desk.web.portal;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import org.c2desk.catalog.RequestForm;
import org.c2desk.catalog.ServiceCatalog;
import org.c2desk.customfield.CustomFields;
import org.c2desk.platform.LocalizedText;
import org.c2desk.platform.NotFoundException;
import org.c2desk.platform.SequenceNumbers;
import org.c2desk.platform.ValidationException;
import org.c2desk.security.PortalClient;
import org.c2desk.ticket.PortalRequests;
import org.c2desk.ticket.Ticket;
import org.c2desk.web.customfield.FieldInputs;
import org.c2desk.web.faces.Refusal;
import org.c2desk.web.faces.Refusals;
import org.c2desk.web.i18n.LocaleSelector;
import org.c2desk.web.i18n.Messages;
import org.c2desk.web.security.CurrentUser;

/** {@code portal/request.xhtml?id=...}: a request's form, filled and sent by the client. */
@Named
@ViewScoped
public class PortalRequestView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int PEOPLE_SHOWN = 500;
    private static final String REQUIRED = "error.required";
    private static final Refusals REFUSALS =
            new Refusals("request", "portal.problem", "portal.refused", Map.of("file", "file", "summary", "summary"));

    @EJB
    ServiceCatalog catalog;

    @EJB
    PortalRequests requests;

    @EJB
    CustomFields customFields;

    @Inject
    CurrentUser currentUser;

    @Inject
    LocaleSelector localeSelector;

    private String id;
    private boolean notFound;
    private LocalizedText name;
    private LocalizedText description;
    private boolean descriptionVisible;
    private FieldInputs fields;
    private String summary;
    private String details;
    private String createdNumber;
    private UUID createdId;
    private transient org.primefaces.model.file.UploadedFile upload;

    /** f:viewAction: finds the request among those the client may open. */
    public void load() {
        if (fields != null) {
            return;
        }
        PortalClient client = currentUser.client();
        try {
            RequestForm request = catalog.request(client, UUID.fromString(id));
            name = request.getName();
            description = request.getDescription();
            descriptionVisible = request.isDescriptionSectionVisible();
            fields = new FieldInputs(
                    requests.form(client, request.getId()),
                    listId -> customFields.choices(client, listId),
                    requests.colleagues(client, PEOPLE_SHOWN),
                    ZoneId.systemDefault());
        } catch (NotFoundException | IllegalArgumentException | NullPointerException e) {
            notFound = true;
        }
    }

    public void submit() {
        try {
            Upload file = Upload.of(upload);
            Ticket ticket = requests.open(
                    currentUser.client(),
                    UUID.fromString(id),
                    summary,
                    details,
                    fields.raw(),
                    file == null ? null : file.name(),
                    file == null ? null : file.contentType(),
                    file == null ? null : file.content());
            createdNumber = SequenceNumbers.format(ticket.getSequenceNumber());
            createdId = ticket.getId();
        } catch (ValidationException | EJBException | ConstraintViolationException e) {
            upload = null;
            Refusal refusal = Refusal.of(e, localeSelector.getLocale()).orElseThrow(() -> e);
            if ("summary".equalsIgnoreCase(refusal.field()) && REQUIRED.equals(refusal.messageKey())) {
                Messages.error("request:summary", "portal.summary.required");
            } else {
                REFUSALS.show(refusal, fields);
            }
        }
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public boolean isNotFound() {
        return notFound;
    }

    public LocalizedText getName() {
        return name;
    }

    public LocalizedText getDescription() {
        return description;
    }

    public boolean isDescriptionVisible() {
        return descriptionVisible;
    }

    public FieldInputs getFields() {
        return fields;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getDetails() {
        return details;
    }

    public void setDetails(String details) {
        this.details = details;
    }

    public String getCreatedNumber() {
        return createdNumber;
    }

    public UUID getCreatedId() {
        return createdId;
    }

    public org.primefaces.model.file.UploadedFile getUpload() {
        return upload;
    }

    public void setUpload(org.primefaces.model.file.UploadedFile upload) {
        this.upload = upload;
    }

    public long getMaxMegabytes() {
        return PortalRequests.MAX_ATTACHMENT_BYTES / (1024 * 1024);
    }

    public String getAllowedTypes() {
        return String.join(", ", new java.util.TreeSet<>(PortalRequests.ALLOWED_EXTENSIONS));
    }
}
