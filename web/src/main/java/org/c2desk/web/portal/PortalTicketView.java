package org.c2desk.web.portal;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.c2desk.platform.LocalizedText;
import org.c2desk.platform.NotFoundException;
import org.c2desk.platform.SequenceNumbers;
import org.c2desk.platform.ValidationException;
import org.c2desk.security.PortalClient;
import org.c2desk.ticket.PortalRequests;
import org.c2desk.ticket.Ticket;
import org.c2desk.ticket.TicketCommunication;
import org.c2desk.web.i18n.Messages;
import org.c2desk.web.security.CurrentUser;

/** {@code portal/ticket.xhtml?id=...}: one of the client's tickets, its public conversation and an answer box. */
@Named
@ViewScoped
public class PortalTicketView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One message as the portal shows it: who (the client or the desk), when, what. */
    public record Message(boolean fromClient, String author, OffsetDateTime on, String body) implements Serializable {}

    /** A public attachment as the portal lists it. */
    public record File(String id, String name, String size, OffsetDateTime on) implements Serializable {}

    @EJB
    PortalRequests requests;

    @Inject
    CurrentUser currentUser;

    private String id;
    private boolean notFound;
    private String number;
    private String summary;
    private String description;
    private LocalizedText status;
    private OffsetDateTime createdOn;
    private List<Message> conversation;
    private String reply;
    private List<File> attachments;
    private transient org.primefaces.model.file.UploadedFile upload;
    private boolean canRate;
    private boolean canClose;
    private Integer surveyRating;
    private String surveyComment;
    private Integer rating;
    private String comment;

    @Inject
    org.c2desk.web.i18n.LocaleSelector localeSelector;

    public void load() {
        if (number != null || notFound) {
            return;
        }
        try {
            read(UUID.fromString(id));
        } catch (NotFoundException | IllegalArgumentException | NullPointerException e) {
            notFound = true;
        }
    }

    public void send() {
        Upload file = Upload.of(upload);
        if ((reply == null || reply.isBlank()) && file == null) {
            Messages.error("conversation:reply", "portal.reply.required");
            return;
        }
        try {
            requests.answer(
                    currentUser.client(),
                    UUID.fromString(id),
                    reply,
                    file == null ? null : file.name(),
                    file == null ? null : file.contentType(),
                    file == null ? null : file.content());
            reply = null;
            read(UUID.fromString(id));
            Messages.info(null, "portal.replied");
        } catch (ValidationException e) {
            if ("file".equals(e.field())) {
                Messages.error("conversation:file", "portal.problem", Messages.refusal(localeSelector.getLocale(), e));
            } else {
                Messages.error("conversation:reply", "portal.reply.required");
            }
        } finally {
            upload = null;
        }
    }

    public void rate() {
        try {
            requests.rate(currentUser.client(), UUID.fromString(id), rating == null ? 0 : rating, comment);
            rating = null;
            comment = null;
            read(UUID.fromString(id));
            Messages.info(null, "portal.survey.thanks");
        } catch (ValidationException e) {
            Messages.error(null, "portal.problem", Messages.refusal(localeSelector.getLocale(), e));
            read(UUID.fromString(id));
        } catch (NotFoundException e) {
            notFound = true;
        }
    }

    public void close() {
        try {
            requests.close(currentUser.client(), UUID.fromString(id));
            read(UUID.fromString(id));
            Messages.info(null, "portal.closed");
        } catch (ValidationException e) {
            Messages.error(null, "portal.problem", Messages.refusal(localeSelector.getLocale(), e));
            read(UUID.fromString(id));
        } catch (NotFoundException e) {
            notFound = true;
        }
    }

    private void read(UUID ticketId) {
        PortalClient client = currentUser.client();
        Ticket ticket = requests.find(client, ticketId);
        number = SequenceNumbers.format(ticket.getSequenceNumber());
        summary = ticket.getSummary();
        description = ticket.getDescription();
        status = ticket.getStatus().getName();
        createdOn = ticket.getAudit().createdOn();
        conversation = requests.conversation(client, ticketId).stream()
                .map(PortalTicketView::message)
                .toList();
        attachments = requests.attachments(client, ticketId).stream()
                .map(a -> new File(
                        a.getId().toString(),
                        a.getFileName(),
                        Upload.size(a.getSizeBytes(), localeSelector.getLocale()),
                        a.getCreatedOn()))
                .toList();
        canRate = PortalRequests.canRate(ticket);
        canClose = PortalRequests.canClose(ticket);
        surveyRating = ticket.getSurveyRating();
        surveyComment = ticket.getSurveyComment();
    }

    private static Message message(TicketCommunication c) {
        boolean fromClient = c.getAuthorClient() != null;
        String author = fromClient
                ? c.getAuthorClient().getFullName()
                : c.getAuthorResource() != null ? c.getAuthorResource().getFullName() : null;
        return new Message(fromClient, author, c.getCreatedOn(), c.getBody());
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

    public String getNumber() {
        return number;
    }

    public String getSummary() {
        return summary;
    }

    public String getDescription() {
        return description;
    }

    public LocalizedText getStatus() {
        return status;
    }

    public OffsetDateTime getCreatedOn() {
        return createdOn;
    }

    public List<Message> getConversation() {
        return conversation;
    }

    public String getReply() {
        return reply;
    }

    public void setReply(String reply) {
        this.reply = reply;
    }

    public List<File> getAttachments() {
        return attachments;
    }

    public org.primefaces.model.file.UploadedFile getUpload() {
        return upload;
    }

    public void setUpload(org.primefaces.model.file.UploadedFile upload) {
        this.upload = upload;
    }

    public boolean isCanRate() {
        return canRate;
    }

    public boolean isCanClose() {
        return canClose;
    }

    public Integer getSurveyRating() {
        return surveyRating;
    }

    public String getSurveyComment() {
        return surveyComment;
    }

    public Integer getRating() {
        return rating;
    }

    public void setRating(Integer rating) {
        this.rating = rating;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public long getMaxMegabytes() {
        return PortalRequests.MAX_ATTACHMENT_BYTES / (1024 * 1024);
    }

    public String getAllowedTypes() {
        return String.join(", ", new java.util.TreeSet<>(PortalRequests.ALLOWED_EXTENSIONS));
    }
}
