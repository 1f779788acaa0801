package org.c2desk.customfield;

import java.util.List;

/**
 * An object's form and its values cell by cell (as {@link CustomFields#read} gives them): what an answer or a page
 * shows of its custom fields, the layout giving the sections the cells sit in.
 */
public record FilledForm(List<FieldSection> layout, List<FieldView> fields) {

    public FilledForm {
        layout = List.copyOf(layout);
        fields = List.copyOf(fields);
    }
}
