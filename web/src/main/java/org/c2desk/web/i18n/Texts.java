package org.c2desk.web.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * {@code #{texts.get('key')}}, {@code #{texts.format('key', a)}}: bundle texts read as MessageFormat patterns, so
 * the French bundle's doubled apostrophes ({@code l''instant}) show as one, as they do in messages built in Java.
 * ({@code #{msg[...]}} shows a pattern as it is written.)
 */
@Named
@RequestScoped
public class Texts {

    @Inject
    LocaleSelector localeSelector;

    public String get(String key) {
        return apply(key);
    }

    public String format(String key, Object argument) {
        return apply(key, argument);
    }

    public String format2(String key, Object first, Object second) {
        return apply(key, first, second);
    }

    private String apply(String key, Object... arguments) {
        try {
            String pattern = ResourceBundle.getBundle(Messages.BUNDLE, localeSelector.getLocale())
                    .getString(key);
            return new MessageFormat(pattern, localeSelector.getLocale()).format(arguments);
        } catch (MissingResourceException | IllegalArgumentException e) {
            return key;
        }
    }
}
