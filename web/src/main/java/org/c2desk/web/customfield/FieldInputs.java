package org.c2desk.web.customfield;

import java.io.Serializable;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.c2desk.customfield.Choice;
import org.c2desk.customfield.FieldType;
import org.c2desk.customfield.FieldView;

/** The custom fields of one form being filled in, in layout order; built from the service's {@link FieldView}s. */
public class FieldInputs implements Serializable {

    private static final long serialVersionUID = 1L;

    private final List<FieldInput> inputs = new ArrayList<>();

    /**
     * @param listChoices the choices of a LIST field's list, by list id
     * @param people the choices of a client or resource reference field
     */
    public FieldInputs(
            List<FieldView> views, Function<UUID, List<Choice>> listChoices, List<Choice> people, ZoneId zone) {
        this(views, listChoices, people, people, zone);
    }

    /**
     * @param clients the choices of a client reference field
     * @param resources the choices of a resource reference field
     * A reference field's current value is always among its choices (with its stored name), so that showing a form
     * never loses a value that the bounded list of people leaves out.
     */
    public FieldInputs(
            List<FieldView> views,
            Function<UUID, List<Choice>> listChoices,
            List<Choice> clients,
            List<Choice> resources,
            ZoneId zone) {
        for (FieldView view : views) {
            FieldType type = FieldType.ofCode(view.definitionType());
            List<Choice> choices = type == FieldType.LIST
                    ? listChoices.apply(view.listId())
                    : type == FieldType.CLIENT ? clients : type == FieldType.RESOURCE ? resources : List.of();
            if ((type == FieldType.CLIENT || type == FieldType.RESOURCE)
                    && view.value() != null
                    && choices.stream().noneMatch(c -> view.value().equals(c.value()))) {
                List<Choice> withCurrent = new ArrayList<>(choices);
                withCurrent.add(
                        0,
                        new Choice(
                                view.value(),
                                org.c2desk.platform.LocalizedText.same(
                                        view.displayName() == null ? view.value() : view.displayName())));
                choices = withCurrent;
            }
            inputs.add(new FieldInput(view, view.decimalPlaces(), choices, zone));
        }
    }

    public List<FieldInput> getAll() {
        return inputs;
    }

    public boolean isEmpty() {
        return inputs.isEmpty();
    }

    /** Values for the service, by definition id; read-only fields are left out. */
    public Map<UUID, String> raw() {
        Map<UUID, String> values = new LinkedHashMap<>();
        for (FieldInput input : inputs) {
            if (!input.isReadOnly()) {
                values.put(input.getDefinitionId(), input.raw());
            }
        }
        return values;
    }

    /** Puts a refusal's text beside the field it names; false when it names none of these fields. */
    public boolean show(String field, String text) {
        inputs.forEach(i -> i.setError(null));
        for (FieldInput input : inputs) {
            if (input.isNamed(field)) {
                input.setError(text);
                return true;
            }
        }
        return false;
    }

    public String label(FieldInput input, Locale locale) {
        return input.label(locale);
    }
}
