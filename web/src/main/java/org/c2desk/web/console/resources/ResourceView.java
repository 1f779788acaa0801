package org.c2desk.web.console.resources;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;
import org.c2desk.platform.NotFoundException;
import org.c2desk.platform.PageRequest;
import org.c2desk.platform.SequenceNumbers;
import org.c2desk.platform.SortDirection;
import org.c2desk.security.Permission;
import org.c2desk.security.Resource;
import org.c2desk.security.ResourceService;
import org.c2desk.ticket.TicketFilter;
import org.c2desk.ticket.TicketListRow;
import org.c2desk.ticket.TicketQueries;
import org.c2desk.ticket.TicketSort;
import org.c2desk.web.console.HistoryLines;
import org.c2desk.web.i18n.LocaleSelector;
import org.c2desk.web.security.CurrentUser;

/**
 * {@code console/resource.xhtml?id=}: a resource's details, groups, the latest tickets assigned to them (a bounded
 * page, with the agent's own rights) and their audit history.
 */
@Named
@ViewScoped
public class ResourceView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int TICKETS_SHOWN = 20;
    private static final int HISTORY_SHOWN = 50;

    @EJB
    ResourceService resources;

    @EJB
    TicketQueries ticketQueries;

    @Inject
    CurrentUser currentUser;

    @Inject
    LocaleSelector localeSelector;

    private String id;
    private boolean notFound;
    private UUID resourceId;
    private String number;
    private String fullName;
    private String userName;
    private String email;
    private String enterprise;
    private String culture;
    private boolean active;
    private List<String> groups = List.of();
    private List<TicketListRow> tickets = List.of();
    private boolean moreTickets;
    private List<HistoryLines.Line> history = List.of();

    public void load() {
        if (resourceId != null || notFound) {
            return;
        }
        try {
            UUID wanted = UUID.fromString(id);
            read(resources.find(currentUser.caller(), wanted));
            resourceId = wanted;
        } catch (NotFoundException | IllegalArgumentException | NullPointerException e) {
            notFound = true;
        }
    }

    private void read(Resource resource) {
        var locale = localeSelector.getLocale();
        number = SequenceNumbers.format(resource.getSequenceNumber());
        fullName = resource.getFullName();
        userName = resource.getUserName();
        email = resource.getEmailAddress();
        enterprise = resource.getEnterprise().getName();
        culture = resource.getPreferredCulture().code();
        active = resource.isActive();
        groups = resources.groupsOf(currentUser.caller(), resource.getId()).stream()
                .map(g -> g.getName().in(locale))
                .toList();
        var page = ticketQueries.list(
                currentUser.caller(),
                new TicketFilter(null, null, null, null, resource.getId(), null, null, null, null),
                TicketSort.LAST_MODIFIED_ON,
                SortDirection.DESC,
                PageRequest.first(TICKETS_SHOWN));
        tickets = page.items();
        moreTickets = page.hasNext();
        history = HistoryLines.of(
                resources.historyOf(currentUser.caller(), resource.getId(), HISTORY_SHOWN), null, locale);
    }

    public boolean isAdministrator() {
        return currentUser.caller().can(Permission.ADMINISTER);
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

    public UUID getResourceId() {
        return resourceId;
    }

    public String getNumber() {
        return number;
    }

    public String getFullName() {
        return fullName;
    }

    public String getUserName() {
        return userName;
    }

    public String getEmail() {
        return email;
    }

    public String getEnterprise() {
        return enterprise;
    }

    public String getCulture() {
        return culture;
    }

    public boolean isActive() {
        return active;
    }

    public List<String> getGroups() {
        return groups;
    }

    public List<TicketListRow> getTickets() {
        return tickets;
    }

    public boolean isMoreTickets() {
        return moreTickets;
    }

    public List<HistoryLines.Line> getHistory() {
        return history;
    }
}
