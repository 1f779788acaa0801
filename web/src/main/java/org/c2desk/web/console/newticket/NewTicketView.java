package org.c2desk.web.console.newticket;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.c2desk.catalog.ServiceCatalog;
import org.c2desk.client.ClientSearch;
import org.c2desk.customfield.Choice;
import org.c2desk.customfield.CustomFields;
import org.c2desk.platform.BusinessException;
import org.c2desk.platform.LocalizedText;
import org.c2desk.ticket.Ticket;
import org.c2desk.ticket.TicketReferenceData;
import org.c2desk.ticket.TicketService;
import org.c2desk.web.customfield.ClientChoices;
import org.c2desk.web.customfield.FieldInputs;
import org.c2desk.web.faces.Refusals;
import org.c2desk.web.i18n.LocaleSelector;
import org.c2desk.web.security.CurrentUser;

/**
 * {@code console/new-ticket.xhtml}: an agent opens a ticket for a client from a request of the catalogue
 * (category, service, request), with the request's custom fields. Nothing is saved unless every value is accepted;
 * a refused value is shown beside its field.
 */
@Named
@ViewScoped
public class NewTicketView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Refusals REFUSALS =
            Refusals.console("newTicket", Map.of("client", "client", "request", "request", "summary", "summary"));
    private static final int SUGGESTIONS = 15;
    private static final int PEOPLE_SHOWN = 500;

    @EJB
    ServiceCatalog catalog;

    @EJB
    ClientSearch clientSearch;

    @EJB
    TicketService tickets;

    @EJB
    CustomFields customFields;

    @EJB
    TicketReferenceData reference;

    @Inject
    CurrentUser currentUser;

    @Inject
    ClientChoices clientChoices;

    @Inject
    LocaleSelector localeSelector;

    private List<ServiceCatalog.CategoryNode> tree;
    private final Map<String, UUID> suggested = new LinkedHashMap<>();
    private String client;
    private UUID categoryId;
    private UUID serviceId;
    private UUID requestId;
    private FieldInputs fields;
    private String summary;
    private String description;

    public List<ServiceCatalog.CategoryNode> getCategories() {
        if (tree == null) {
            tree = catalog.browseAll(currentUser.caller());
        }
        return tree;
    }

    public List<ServiceCatalog.ServiceNode> getServices() {
        return getCategories().stream()
                .filter(c -> c.id().equals(categoryId))
                .findFirst()
                .map(ServiceCatalog.CategoryNode::services)
                .orElse(List.of());
    }

    public List<ServiceCatalog.Entry> getRequests() {
        return getServices().stream()
                .filter(s -> s.id().equals(serviceId))
                .findFirst()
                .map(ServiceCatalog.ServiceNode::requests)
                .orElse(List.of());
    }

    /** The autocomplete's suggestions: a bounded search over names and e-mail addresses. */
    public List<String> completeClient(String typed) {
        suggested.clear();
        if (typed == null || typed.strip().length() < 2) {
            return List.of();
        }
        List<ClientSearch.Summary> found = clientSearch.find(
                currentUser.caller(), new ClientSearch.Filter(null, typed, null, Boolean.TRUE), null, SUGGESTIONS);
        for (ClientSearch.Summary c : found.subList(0, Math.min(found.size(), SUGGESTIONS))) {
            String label = c.firstName() + " " + c.lastName()
                    + (c.emailAddress() == null || c.emailAddress().isBlank() ? "" : " (" + c.emailAddress() + ")");
            suggested.putIfAbsent(label, c.id());
        }
        return List.copyOf(suggested.keySet());
    }

    public void categoryChosen() {
        serviceId = null;
        requestId = null;
        fields = null;
    }

    public void serviceChosen() {
        requestId = null;
        fields = null;
    }

    /** Shows the chosen request's custom fields, empty. */
    public void requestChosen() {
        fields = null;
        UUID request = requestId;
        if (request == null) {
            return;
        }
        List<Choice> people = reference.assignableResources(PEOPLE_SHOWN).stream()
                .map(r -> new Choice(r.id().toString(), LocalizedText.same(r.fullName())))
                .toList();
        fields = new FieldInputs(
                tickets.requestForm(currentUser.caller(), request, ZoneId.systemDefault(), localeSelector.getLocale()),
                id -> customFields.choices(currentUser.caller(), id),
                clientChoices.of(currentUser.caller(), null),
                people,
                ZoneId.systemDefault());
    }

    public String save() {
        UUID clientId = client == null ? null : suggested.get(client);
        if (fields != null) {
            fields.getAll().forEach(f -> f.setError(null));
        }
        try {
            Ticket ticket = tickets.createFromConsole(
                    currentUser.caller(),
                    requestId,
                    clientId,
                    summary,
                    description,
                    fields == null ? Map.of() : fields.raw());
            return "/console/ticket?faces-redirect=true&id=" + ticket.getId();
        } catch (BusinessException | EJBException | ConstraintViolationException e) {
            REFUSALS.show(e, fields);
        }
        return null;
    }

    public String getClient() {
        return client;
    }

    public void setClient(String client) {
        this.client = client;
    }

    public UUID getCategoryId() {
        return categoryId;
    }

    public void setCategoryId(UUID categoryId) {
        this.categoryId = categoryId;
    }

    public UUID getServiceId() {
        return serviceId;
    }

    public void setServiceId(UUID serviceId) {
        this.serviceId = serviceId;
    }

    public UUID getRequestId() {
        return requestId;
    }

    public void setRequestId(UUID requestId) {
        this.requestId = requestId;
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

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
