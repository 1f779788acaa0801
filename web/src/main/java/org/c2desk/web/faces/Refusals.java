package org.c2desk.web.faces;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import java.io.Serializable;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.c2desk.web.customfield.FieldInputs;
import org.c2desk.web.i18n.Messages;
import org.omnifaces.util.Components;

/**
 * Shows a refusal beside the input of the field it names, for one form: the input the page maps the field to, else
 * the custom field of that name; a refusal that no shown input matches goes to the top of the page. Field names
 * match whatever their case, so a business refusal ({@code "StatusId"}) and a Bean Validation refusal of a command
 * ({@code statusId}) land on the same input.
 *
 * @param form the form's id
 * @param besideKey the bundle's pattern for a message beside an input, {@code {0}} being the refusal's text
 * @param pageKey the same for a message at the top of the page
 * @param inputs field name (any case) to the id of its input within the form
 */
public record Refusals(String form, String besideKey, String pageKey, Map<String, String> inputs)
        implements Serializable {

    private static final String CONSOLE_KEY = "common.refused";

    public Refusals {
        Map<String, String> anyCase = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        anyCase.putAll(inputs);
        inputs = Collections.unmodifiableMap(anyCase);
    }

    /** A console form's refusals, whose messages are the refusal's text alone. */
    public static Refusals console(String form, Map<String, String> inputs) {
        return new Refusals(form, CONSOLE_KEY, CONSOLE_KEY, inputs);
    }

    /** Shows {@code thrown}'s refusal; rethrows it when it carries none (a defect, for the error page). */
    public void show(RuntimeException thrown) {
        show(thrown, null);
    }

    /** The same, custom fields (when there are) showing the refusals that name one of them. */
    public void show(RuntimeException thrown, FieldInputs fields) {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        show(Refusal.of(thrown, locale).orElseThrow(() -> thrown), fields);
    }

    public void show(Refusal refusal, FieldInputs fields) {
        String input = inputOf(refusal.field());
        if (input != null) {
            Messages.error(input, besideKey, refusal.text());
        } else if (fields == null || !fields.show(refusal.field(), refusal.text())) {
            Messages.error(null, pageKey, refusal.text());
        }
    }

    /** The client id of the shown input for {@code field}, or null. */
    String inputOf(String field) {
        if (field == null || field.isEmpty()) {
            return null;
        }
        String input = inputs.get(field);
        String id = form + ":" + input;
        return input != null && shown(id) ? id : null;
    }

    private static boolean shown(String clientId) {
        if (FacesContext.getCurrentInstance() == null) {
            return false;
        }
        UIComponent component = Components.findComponent(clientId);
        for (UIComponent c = component; c != null; c = c.getParent()) {
            if (!c.isRendered()) {
                return false;
            }
        }
        return component != null;
    }
}
