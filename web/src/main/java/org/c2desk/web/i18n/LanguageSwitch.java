package org.c2desk.web.i18n;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.c2desk.platform.Culture;
import org.c2desk.security.Profiles;
import org.c2desk.web.security.Area;
import org.c2desk.web.security.CurrentUser;
import org.c2desk.web.security.SignedInUser;

/** The language link of every page: switches, and remembers the choice for the signed-in person. */
@Named
@RequestScoped
public class LanguageSwitch {

    @Inject
    LocaleSelector localeSelector;

    @Inject
    CurrentUser currentUser;

    @EJB
    Profiles profiles;

    public String toggle() {
        Culture next = localeSelector.getOther();
        localeSelector.use(next);
        SignedInUser user = currentUser.get();
        if (user != null) {
            if (user.area() == Area.CONSOLE) {
                profiles.changeResourceCulture(user.caller(), next);
            } else {
                profiles.changeClientCulture(user.client(), next);
            }
        }
        // Back to the same page, by GET, so a reload does not post again.
        return FacesContext.getCurrentInstance().getViewRoot().getViewId() + "?faces-redirect=true";
    }
}
