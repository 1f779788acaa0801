package org.c2desk.web.portal;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.c2desk.platform.Settings;
import org.c2desk.web.i18n.LocaleSelector;

/** The portal's configurable texts (title, welcome), in the reader's language. */
@Named
@RequestScoped
public class PortalSettings {

    @EJB
    Settings settings;

    @Inject
    LocaleSelector localeSelector;

    public String getTitle() {
        return settings.localized("portal.title", localeSelector.culture()).orElse("C2 Desk");
    }

    public String getWelcome() {
        return settings.localized("portal.welcome", localeSelector.culture()).orElse("");
    }
}
