package org.c2desk.web.console.tickets;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.c2desk.ticket.TicketBulkActions;
import org.c2desk.ticket.TicketEdit;
import org.c2desk.ticket.TicketSearch;
import org.c2desk.ticket.TicketSearch.ListRow;
import org.c2desk.ticket.TicketSearch.SortKey;
import org.c2desk.ticket.TicketSearch.View;
import org.c2desk.web.i18n.LocaleSelector;
import org.c2desk.web.i18n.Messages;
import org.c2desk.web.security.CurrentUser;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * {@code console/tickets.xhtml}: the agent's ticket list. A lazy table over {@link TicketSearch#page}: a page reads
 * its rows plus one, which only tells that a next page exists, so no page ever counts the tickets; the paginator
 * offers the pages reached so far and the next one. Ready views show capped counts, read once per visit.
 */
@Named
@ViewScoped
public class TicketListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    TicketSearch search;

    @EJB
    TicketBulkActions bulk;

    @Inject
    CurrentUser currentUser;

    @Inject
    LocaleSelector localeSelector;

    private View view = View.ALL;
    private String text;
    private UUID statusId;
    private UUID queueId;
    private UUID enterpriseId;
    private UUID priorityId;
    private UUID assigneeId;
    private Map<View, String> counts;
    private List<ListRow> selected = new ArrayList<>();
    private UUID bulkResourceId;
    private UUID bulkStatusId;
    private UUID bulkQueueId;
    private List<String> outcomes = List.of();

    private final Tickets tickets = new Tickets();

    /** Rows that changed (live updates) since the list was shown, marked until the agent leaves the page. */
    private final java.util.Set<String> liveChanged = new java.util.LinkedHashSet<>();

    /** The table's model: one query per page, no count. */
    public class Tickets extends LazyDataModel<ListRow> {

        private static final long serialVersionUID = 1L;

        private int reached;
        private final Map<String, ListRow> page = new HashMap<>();

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            // Called before load: the rows known so far, so that the page asked for is never judged out of range.
            return Math.max(1, reached);
        }

        @Override
        public List<ListRow> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            SortKey sort = SortKey.MODIFIED;
            boolean ascending = false;
            for (SortMeta meta : sortBy.values()) {
                if (meta.getOrder() != SortOrder.UNSORTED) {
                    sort = SortKey.forColumn(meta.getField());
                    ascending = meta.getOrder() == SortOrder.ASCENDING;
                }
            }
            List<ListRow> rows =
                    new ArrayList<>(search.page(currentUser.caller(), query(sort, ascending), first, pageSize));
            boolean more = rows.size() > pageSize;
            if (more) {
                rows.remove(rows.size() - 1);
            }
            reached = first + rows.size() + (more && first + pageSize <= TicketSearch.MAX_OFFSET ? 1 : 0);
            setRowCount(reached);
            page.clear();
            rows.forEach(r -> page.put(r.id().toString(), r));
            return rows;
        }

        @Override
        public String getRowKey(ListRow row) {
            return row.id().toString();
        }

        @Override
        public ListRow getRowData(String rowKey) {
            ListRow row = page.get(rowKey);
            if (row == null) {
                row = selected.stream()
                        .filter(r -> r.id().toString().equals(rowKey))
                        .findFirst()
                        .orElse(null);
            }
            return row;
        }

        void restart() {
            reached = 0;
        }
    }

    private TicketSearch.ListQuery query(SortKey sort, boolean ascending) {
        return new TicketSearch.ListQuery(
                view, statusId, queueId, enterpriseId, priorityId, assigneeId, text, sort, ascending);
    }

    public Tickets getTickets() {
        return tickets;
    }

    public Map<View, String> getCounts() {
        if (counts == null) {
            counts = search.viewCounts(currentUser.caller());
        }
        return counts;
    }

    public List<View> getViews() {
        return List.of(View.values());
    }

    /** A ready view was picked (view's name in the URL or a click). */
    public void show(View chosen) {
        view = chosen == null ? View.ALL : chosen;
        filtered();
    }

    /**
     * Live update: the template's websocket said these tickets (request parameter {@code ids}) changed somewhere and
     * the page shows them. The table is then rendered again, which re-reads the page with the agent's rights; the
     * rows are marked. Ids of rows this page does not show are ignored.
     */
    public void liveRows() {
        String ids = jakarta.faces.context.FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap()
                .get("ids");
        if (ids == null) {
            return;
        }
        for (String id : ids.split(",", 200)) {
            if (tickets.page.containsKey(id) && liveChanged.size() < 1000) {
                liveChanged.add(id);
            }
        }
    }

    /** Did this row change since the list was shown (live update)? */
    public boolean liveChanged(ListRow row) {
        return row != null && liveChanged.contains(row.id().toString());
    }

    /** The search text or a column filter changed: back to the first page. */
    public void filtered() {
        tickets.restart();
        selected = new ArrayList<>();
    }

    // Bulk actions --------------------------------------------------------------------------------------------

    public void assignToMe() {
        apply(TicketEdit.change().assignee(currentUser.caller().resourceId()).build());
    }

    public void assignTo() {
        if (bulkResourceId == null) {
            Messages.error(null, "tickets.bulk.pickResource");
            return;
        }
        apply(TicketEdit.change().assignee(bulkResourceId).build());
    }

    public void changeStatus() {
        if (bulkStatusId == null) {
            Messages.error(null, "tickets.bulk.pickStatus");
            return;
        }
        apply(TicketEdit.change().status(bulkStatusId).build());
    }

    public void changeQueue() {
        if (bulkQueueId == null) {
            Messages.error(null, "tickets.bulk.pickQueue");
            return;
        }
        apply(TicketEdit.change().queue(bulkQueueId).build());
    }

    private void apply(TicketEdit edit) {
        if (selected == null || selected.isEmpty()) {
            Messages.error(null, "tickets.bulk.nothingSelected");
            return;
        }
        List<TicketBulkActions.Target> targets = selected.stream()
                .map(r -> new TicketBulkActions.Target(r.id(), r.number(), r.version()))
                .toList();
        List<TicketBulkActions.Outcome> results = bulk.apply(currentUser.caller(), targets, edit);
        List<String> lines = new ArrayList<>();
        int changed = 0;
        for (TicketBulkActions.Outcome outcome : results) {
            if (outcome.changed()) {
                changed++;
            } else {
                lines.add(Messages.text(
                        localeSelector.getLocale(),
                        "tickets.bulk.refused",
                        outcome.target().number(),
                        Messages.refusal(localeSelector.getLocale(), outcome.refusal())));
            }
        }
        outcomes = lines;
        Messages.info(null, "tickets.bulk.done", changed, results.size() - changed);
        selected = new ArrayList<>();
        counts = null;
    }

    // Properties ---------------------------------------------------------------------------------------------

    public View getView() {
        return view;
    }

    public String getViewName() {
        return view.name();
    }

    public void setViewName(String name) {
        try {
            view = name == null || name.isBlank() ? View.ALL : View.valueOf(name);
        } catch (IllegalArgumentException e) {
            view = View.ALL;
        }
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public UUID getStatusId() {
        return statusId;
    }

    public void setStatusId(UUID statusId) {
        this.statusId = statusId;
    }

    public UUID getQueueId() {
        return queueId;
    }

    public void setQueueId(UUID queueId) {
        this.queueId = queueId;
    }

    public UUID getEnterpriseId() {
        return enterpriseId;
    }

    public void setEnterpriseId(UUID enterpriseId) {
        this.enterpriseId = enterpriseId;
    }

    public UUID getPriorityId() {
        return priorityId;
    }

    public void setPriorityId(UUID priorityId) {
        this.priorityId = priorityId;
    }

    public UUID getAssigneeId() {
        return assigneeId;
    }

    public void setAssigneeId(UUID assigneeId) {
        this.assigneeId = assigneeId;
    }

    public List<ListRow> getSelected() {
        return selected;
    }

    public void setSelected(List<ListRow> selected) {
        this.selected = selected == null ? new ArrayList<>() : selected;
    }

    public UUID getBulkResourceId() {
        return bulkResourceId;
    }

    public void setBulkResourceId(UUID bulkResourceId) {
        this.bulkResourceId = bulkResourceId;
    }

    public UUID getBulkStatusId() {
        return bulkStatusId;
    }

    public void setBulkStatusId(UUID bulkStatusId) {
        this.bulkStatusId = bulkStatusId;
    }

    public UUID getBulkQueueId() {
        return bulkQueueId;
    }

    public void setBulkQueueId(UUID bulkQueueId) {
        this.bulkQueueId = bulkQueueId;
    }

    public List<String> getOutcomes() {
        return outcomes;
    }
}
