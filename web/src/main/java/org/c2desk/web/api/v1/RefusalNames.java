package org.c2desk.web.api.v1;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.c2desk.customfield.FieldView;
import org.c2desk.platform.ValidationException;

/**
 * The fields of one kind of object as this API names them in refusals: the services name a field as the business
 * layer does ({@code CIFolderId}, a custom field by its English name); a v1 caller sent {@code folderId} or
 * {@code customFields.<key>}, and the problem names what was sent.
 */
final class RefusalNames {

    private final Map<String, String> names = new LinkedHashMap<>(Params.LIST_NAMES);

    /** The business layer's {@code field} is this API's {@code member}. */
    RefusalNames name(String field, String member) {
        names.put(field, member);
        return this;
    }

    /** {@code e} naming the field as this API does. */
    ValidationException renamed(ValidationException e) {
        return Params.renamed(e, names);
    }

    /**
     * {@code e} naming the field as this API does, a custom field of {@code form} (read only when needed) by the key
     * it was sent with in {@code customFields}.
     */
    ValidationException renamed(
            ValidationException e, Supplier<List<FieldView>> form, Map<String, String> customFields) {
        ValidationException renamed = renamed(e);
        if (renamed != e || e.field() == null || e.field().startsWith("customFields.")) {
            return renamed;
        }
        return CustomFieldNames.renamed(e, form.get(), customFields);
    }
}
