package org.c2desk.web.i18n;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.c2desk.platform.BusinessException;

/** Translated texts for messages built in Java (the pages read the same bundle as {@code #{msg[...]}}). */
public final class Messages {

    public static final String BUNDLE = "org.c2desk.web.i18n.messages";

    private Messages() {}

    public static String text(Locale locale, String key, Object... arguments) {
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
            return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /**
     * A business refusal in the reader's language: the bundle's text for its message key when there is one, with
     * the refusal's arguments; otherwise the refusal's own (English) message.
     */
    public static String refusal(Locale locale, BusinessException refusal) {
        String key = refusal.messageKey();
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
            return new MessageFormat(pattern, locale).format(refusal.arguments());
        } catch (MissingResourceException | IllegalArgumentException e) {
            return refusal.getMessage();
        }
    }

    /** Adds an information message for the page. */
    public static void info(String clientId, String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        String text = text(context.getViewRoot().getLocale(), key, arguments);
        context.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    /** Adds an error message for a field (clientId) or for the page (null). */
    public static void error(String clientId, String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        String text = text(context.getViewRoot().getLocale(), key, arguments);
        context.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }
}
