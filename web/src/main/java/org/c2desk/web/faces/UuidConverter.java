package org.c2desk.web.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import jakarta.inject.Named;
import java.util.Locale;
import java.util.UUID;
import org.c2desk.web.i18n.Messages;

/**
 * Every input bound to a {@link UUID} (a select of statuses, queues, enterprises...): blank is no value, anything
 * else that is not an id is refused beside the input, as any conversion error, instead of reaching the view bean.
 * Inputs bound to a list of ids name it explicitly ({@code converter="#{uuidConverter}"}): Faces cannot see a list's
 * element type.
 */
@Named
@FacesConverter(forClass = UUID.class, managed = true)
public class UuidConverter implements Converter<UUID> {

    @Override
    public UUID getAsObject(FacesContext context, UIComponent component, String value) {
        return parse(value, context.getViewRoot().getLocale());
    }

    static UUID parse(String value, Locale locale) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            String text = Messages.text(locale, "error.notAnId");
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null), e);
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, UUID value) {
        return value == null ? "" : value.toString();
    }
}
