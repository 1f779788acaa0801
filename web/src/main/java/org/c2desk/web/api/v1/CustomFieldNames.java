package org.c2desk.web.api.v1;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.c2desk.customfield.FieldView;
import org.c2desk.platform.ValidationException;

/**
 * The custom fields' refusals as this API names them. The business layer names a custom field by its English name
 * ("CF Decimal: ... is not a decimal number"); a v1 caller sent it as {@code customFields.<key>}, so the refusal names
 * that key (or, for a field not sent, such as a required one left empty, its sequence number).
 */
final class CustomFieldNames {

    private CustomFieldNames() {}

    /** {@code e} renamed when it names a field of {@code form}; else {@code e} as it is. */
    static ValidationException renamed(ValidationException e, List<FieldView> form, Map<String, String> sent) {
        if (e.field() == null || form.isEmpty()) {
            return e;
        }
        Map<String, String> names = new HashMap<>();
        for (FieldView field : form) {
            String key = Long.toString(field.definitionSequenceNumber());
            for (String k : sent.keySet()) {
                String trimmed = k == null ? "" : k.trim();
                if (trimmed.equals(key)
                        || trimmed.equalsIgnoreCase(field.definitionId().toString())) {
                    key = k;
                }
            }
            names.putIfAbsent(field.englishName(), "customFields." + key);
        }
        return Params.renamed(e, names);
    }
}
