package org.c2desk.web.portal;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.c2desk.ticket.PortalTicketSearch;
import org.c2desk.ticket.PortalTicketSearch.Cursor;
import org.c2desk.ticket.PortalTicketSearch.Query;
import org.c2desk.ticket.PortalTicketSearch.Scope;
import org.c2desk.ticket.TicketReferenceData;
import org.c2desk.ticket.TicketRow;
import org.c2desk.web.security.CurrentUser;

/**
 * {@code portal/requests.xhtml}: the client's requests (or their enterprise's), searched by number, words and status.
 * The search is a plain GET form: every list is a link the client can keep, reload or go back to.
 */
@Named
@RequestScoped
public class PortalRequestsView {

    @EJB
    PortalTicketSearch search;

    @EJB
    TicketReferenceData referenceData;

    @Inject
    CurrentUser currentUser;

    private String q;
    private String status;
    private String scope;
    private String after;
    private PortalTicketSearch.Result result;

    public PortalTicketSearch.Result getResult() {
        if (result == null) {
            String text = q == null || q.length() <= 200 ? q : q.substring(0, 200);
            result = search.page(currentUser.client(), new Query(getScopeValue(), status, text), Cursor.read(after));
        }
        return result;
    }

    public List<TicketRow> getRows() {
        return getResult().rows();
    }

    /** The next page's cursor, for the "Next" link; null on the last page. */
    public String getNext() {
        return getResult().next() == null ? null : getResult().next().write();
    }

    public boolean isEnterpriseAllowed() {
        return currentUser.client().seesEnterpriseTickets();
    }

    public boolean isEnterprise() {
        return getScopeValue() == Scope.ENTERPRISE;
    }

    private Scope getScopeValue() {
        return "enterprise".equals(scope) && isEnterpriseAllowed() ? Scope.ENTERPRISE : Scope.MINE;
    }

    /** Whether anything narrows the list (then an empty list says "nothing found", not "no request yet"). */
    public boolean isFiltered() {
        return (q != null && !q.isBlank()) || (status != null && !status.isBlank());
    }

    public boolean isFirstPage() {
        return after == null || after.isBlank();
    }

    public List<TicketReferenceData.StatusRef> getStatuses() {
        return referenceData.statuses().stream()
                .filter(TicketReferenceData.StatusRef::active)
                .toList();
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getScope() {
        return scope;
    }

    public void setScope(String scope) {
        this.scope = scope;
    }

    public String getAfter() {
        return after;
    }

    public void setAfter(String after) {
        this.after = after;
    }
}
