package org.c2desk.web.portal;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.c2desk.catalog.ServiceCatalog;
import org.c2desk.web.security.CurrentUser;

/** {@code portal/catalog.xhtml}: the categories, services and requests the client may open. */
@Named
@RequestScoped
public class PortalCatalogView {

    @EJB
    ServiceCatalog catalog;

    @Inject
    CurrentUser currentUser;

    private List<ServiceCatalog.CategoryNode> categories;

    public List<ServiceCatalog.CategoryNode> getCategories() {
        if (categories == null) {
            categories = catalog.browse(currentUser.client());
        }
        return categories;
    }
}
