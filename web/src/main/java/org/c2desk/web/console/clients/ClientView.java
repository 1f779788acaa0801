package org.c2desk.web.console.clients;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.c2desk.client.Client;
import org.c2desk.client.ClientService;
import org.c2desk.cmdb.CiFilter;
import org.c2desk.cmdb.CiListRow;
import org.c2desk.cmdb.CiQueries;
import org.c2desk.cmdb.CiSort;
import org.c2desk.customfield.CustomFields;
import org.c2desk.platform.NotFoundException;
import org.c2desk.platform.PageRequest;
import org.c2desk.platform.SequenceNumbers;
import org.c2desk.platform.SortDirection;
import org.c2desk.ticket.TicketFilter;
import org.c2desk.ticket.TicketListRow;
import org.c2desk.ticket.TicketQueries;
import org.c2desk.ticket.TicketSort;
import org.c2desk.web.customfield.FieldInputs;
import org.c2desk.web.i18n.LocaleSelector;
import org.c2desk.web.security.CurrentUser;

/** {@code console/client.xhtml?id=}: a client's details, enterprises, latest tickets, CIs and custom fields. */
@Named
@ViewScoped
public class ClientView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int TICKETS_SHOWN = 20;
    private static final int CIS_SHOWN = 50;
    /** Audit entries shown in the History section (each may hold several fields). */
    private static final int HISTORY_SHOWN = 50;

    @EJB
    ClientService clients;

    @EJB
    TicketQueries ticketQueries;

    @EJB
    CiQueries ciQueries;

    @EJB
    org.c2desk.cmdb.CiService ciService;

    @EJB
    org.c2desk.audit.AuditLog audit;

    @EJB
    CustomFields customFields;

    @Inject
    CurrentUser currentUser;

    @Inject
    LocaleSelector localeSelector;

    public record Enterprise(UUID id, String name, boolean primary) implements Serializable {}

    public record OwnedCi(UUID id, String number, String name, String role) implements Serializable {}

    private String id;
    private boolean notFound;
    private UUID clientId;
    private String number;
    private String fullName;
    private String email;
    private String userName;
    private String phone;
    private String city;
    private boolean active;
    private boolean portalAccess;
    private List<Enterprise> enterprises = List.of();
    private String enterpriseToAdd;
    private List<TicketListRow> tickets = List.of();
    private boolean moreTickets;
    private List<OwnedCi> cis = List.of();
    private FieldInputs fields;
    private List<org.c2desk.web.console.HistoryLines.Line> history = List.of();

    /** f:viewAction: any id the agent may not see, or no id at all, is "not found". */
    public void load() {
        if (clientId != null || notFound) {
            return;
        }
        try {
            UUID wanted = UUID.fromString(id);
            read(clients.find(currentUser.caller(), wanted));
            clientId = wanted;
        } catch (NotFoundException | IllegalArgumentException | NullPointerException e) {
            notFound = true;
        }
    }

    private void read(Client client) {
        number = SequenceNumbers.format(client.getSequenceNumber());
        fullName = client.getFullName();
        email = client.getEmailAddress();
        userName = client.getUserName();
        phone = client.getOfficePhone();
        city = client.getCity();
        active = client.isActive();
        portalAccess = client.hasPortalAccess();
        enterprises = client.getEnterprises().stream()
                .map(e -> new Enterprise(
                        e.getEnterprise().getId(), e.getEnterprise().getName(), e.isPrimary()))
                .toList();
        var page = ticketQueries.list(
                currentUser.caller(),
                new TicketFilter(null, null, null, client.getId(), null, null, null, null, null),
                TicketSort.LAST_MODIFIED_ON,
                SortDirection.DESC,
                PageRequest.first(TICKETS_SHOWN));
        tickets = page.items();
        moreTickets = page.hasNext();
        List<OwnedCi> found = new java.util.ArrayList<>();
        for (CiListRow row : ciQueries
                .list(
                        currentUser.caller(),
                        new CiFilter(null, null, null, null, client.getId(), null, null, null),
                        CiSort.NAME,
                        CiSort.NAME.defaultDirection(),
                        PageRequest.first(CIS_SHOWN))
                .items()) {
            found.add(new OwnedCi(
                    row.id(), Long.toString(row.ciNumber()), row.name().in(localeSelector.getLocale()), "owner"));
        }
        for (var ci : ciService.usedBy(currentUser.caller(), client, CIS_SHOWN)) {
            if (found.stream().noneMatch(o -> o.id().equals(ci.getId()))) {
                found.add(new OwnedCi(
                        ci.getId(),
                        Long.toString(ci.getCiNumber()),
                        ci.getName().in(localeSelector.getLocale()),
                        "user"));
            }
        }
        cis = found;
        fields = new FieldInputs(
                clients.formOf(currentUser.caller(), client, ZoneId.systemDefault(), localeSelector.getLocale())
                        .fields(),
                id -> customFields.choices(currentUser.caller(), id),
                List.of(),
                List.of(),
                ZoneId.systemDefault());
        history = org.c2desk.web.console.HistoryLines.of(
                audit.latest(currentUser.caller(), org.c2desk.audit.ObjectKind.CLIENT, client.getId(), HISTORY_SHOWN),
                fields,
                localeSelector.getLocale());
    }

    /** May the agent change the client's enterprises (CLIENT_EDIT)? */
    public boolean isEditable() {
        return currentUser.caller().can(org.c2desk.security.Permission.CLIENT_EDIT);
    }

    /** Adds the client to the enterprise chosen; a refusal is shown beside the choice. */
    public void addEnterprise() {
        changeEnterprises(() -> clients.addEnterprise(
                currentUser.caller(),
                clientId,
                enterpriseToAdd == null || enterpriseToAdd.isBlank() ? null : UUID.fromString(enterpriseToAdd)));
    }

    public void removeEnterprise(UUID enterpriseId) {
        changeEnterprises(() -> clients.removeEnterprise(currentUser.caller(), clientId, enterpriseId));
    }

    private void changeEnterprises(Runnable change) {
        try {
            change.run();
            enterpriseToAdd = null;
            read(clients.find(currentUser.caller(), clientId));
            org.c2desk.web.i18n.Messages.info(null, "common.saved");
        } catch (org.c2desk.platform.NotFoundException e) {
            notFound = true;
        } catch (org.c2desk.platform.BusinessException e) {
            org.c2desk.web.i18n.Messages.error(
                    "enterprisesForm:enterpriseToAdd",
                    "common.refused",
                    org.c2desk.web.i18n.Messages.refusal(localeSelector.getLocale(), e));
        }
    }

    public String getEnterpriseToAdd() {
        return enterpriseToAdd;
    }

    public void setEnterpriseToAdd(String enterpriseToAdd) {
        this.enterpriseToAdd = enterpriseToAdd;
    }

    /** The client's audit trail, one line per changed field, newest first. */
    public List<org.c2desk.web.console.HistoryLines.Line> getHistory() {
        return history;
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

    public UUID getClientId() {
        return clientId;
    }

    public String getNumber() {
        return number;
    }

    public String getFullName() {
        return fullName;
    }

    public String getEmail() {
        return email;
    }

    public String getUserName() {
        return userName;
    }

    public String getPhone() {
        return phone;
    }

    public String getCity() {
        return city;
    }

    public boolean isActive() {
        return active;
    }

    public boolean isPortalAccess() {
        return portalAccess;
    }

    public List<Enterprise> getEnterprises() {
        return enterprises;
    }

    public List<TicketListRow> getTickets() {
        return tickets;
    }

    public boolean isMoreTickets() {
        return moreTickets;
    }

    public List<OwnedCi> getCis() {
        return cis;
    }

    public FieldInputs getFields() {
        return fields;
    }
}
