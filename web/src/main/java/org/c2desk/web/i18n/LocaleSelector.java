package org.c2desk.web.i18n;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;
import org.c2desk.platform.Culture;

/** The language of this session's pages: from the browser at first, then the signed-in person's own choice. */
@Named
@SessionScoped
public class LocaleSelector implements Serializable {

    private static final long serialVersionUID = 1L;

    private Culture culture;

    public Locale getLocale() {
        return culture().locale();
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }

    public Culture culture() {
        if (culture == null) {
            Locale requested =
                    FacesContext.getCurrentInstance().getExternalContext().getRequestLocale();
            culture = requested != null && "fr".equals(requested.getLanguage()) ? Culture.FR_CA : Culture.EN_US;
        }
        return culture;
    }

    public void use(Culture newCulture) {
        this.culture = newCulture;
        FacesContext context = FacesContext.getCurrentInstance();
        if (context != null && context.getViewRoot() != null) {
            context.getViewRoot().setLocale(newCulture.locale());
        }
    }

    /** The other language, for the switch in every page's header. */
    public Culture getOther() {
        return culture() == Culture.FR_CA ? Culture.EN_US : Culture.FR_CA;
    }
}
