package org.c2desk.web.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** Dates as the reader's language writes them ({@code #{dates.dateTime(t.lastModifiedOn())}}). */
@Named
@RequestScoped
public class Dates {

    /** Until people choose their own time zone, pages show the desk's (the server's) zone. */
    private static final ZoneId ZONE = ZoneId.systemDefault();

    @Inject
    LocaleSelector localeSelector;

    public String dateTime(OffsetDateTime value) {
        return value == null
                ? ""
                : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                        .withLocale(localeSelector.getLocale())
                        .format(value.atZoneSameInstant(ZONE));
    }

    public String date(OffsetDateTime value) {
        return value == null
                ? ""
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                        .withLocale(localeSelector.getLocale())
                        .format(value.atZoneSameInstant(ZONE));
    }
}
