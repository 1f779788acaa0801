package org.c2desk.web.api.c2;

import static org.c2desk.platform.Jsonp.JSON;
import static org.c2desk.web.api.c2.C2Json.id;
import static org.c2desk.web.api.c2.C2Json.text;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.c2desk.customfield.FieldCell;
import org.c2desk.customfield.FieldRow;
import org.c2desk.customfield.FieldSection;
import org.c2desk.customfield.FieldView;
import org.c2desk.platform.ValidationException;

/**
 * The C2 API's {@code CustomFields} object, for tickets, clients and CIs alike: read in both documented forms, and
 * written as {@code Fields} (values with their definitions) and {@code Sections} (the layout).
 */
@ApplicationScoped
public class CustomFieldsJson {

    /**
     * Values by definition id. Two documented forms are accepted: {@code Fields} whose entries name their
     * {@code DefinitionId} directly, and {@code Fields} with only {@code Id}/{@code Value} tied to definitions by
     * {@code Sections/Rows/Cells} ({@code {"DefinitionId": ..., "field": {"Id": ...}}}).
     */
    public Map<UUID, String> read(C2Body customFields) {
        Map<UUID, String> byDefinition = new LinkedHashMap<>();
        Map<String, String> valueByFieldId = new HashMap<>();
        for (C2Body field : customFields.objects("Fields")) {
            String value = field.text("Value");
            UUID definitionId = field.uuid("DefinitionId");
            if (definitionId != null) {
                byDefinition.put(definitionId, value);
            }
            String fieldId = field.text("Id");
            if (fieldId != null) {
                valueByFieldId.put(fieldId.toLowerCase(Locale.ROOT), value);
            }
        }
        for (C2Body section : customFields.objects("Sections")) {
            for (C2Body row : section.objects("Rows")) {
                for (C2Body cell : row.objects("Cells")) {
                    UUID definitionId = cell.requiredUuid("DefinitionId");
                    C2Body field = cell.optionalObject("field").orElse(null);
                    if (field == null) {
                        continue; // a layout cell without a value
                    }
                    if (field.has("Value")) {
                        byDefinition.put(definitionId, field.text("Value"));
                    } else {
                        String fieldId = field.text("Id");
                        if (fieldId == null || !valueByFieldId.containsKey(fieldId.toLowerCase(Locale.ROOT))) {
                            throw new ValidationException(
                                    "CustomFields",
                                    "error.unknownField",
                                    "CustomFields: the cell of definition " + definitionId + " names the field "
                                            + fieldId + ", which is not in Fields");
                        }
                        byDefinition.put(definitionId, valueByFieldId.get(fieldId.toLowerCase(Locale.ROOT)));
                    }
                }
            }
        }
        return byDefinition;
    }

    public JsonObject write(List<FieldView> fields, List<FieldSection> layout) {
        JsonArrayBuilder values = JSON.createArrayBuilder();
        for (FieldView f : fields) {
            values.add(JSON.createObjectBuilder()
                    .add("Id", id(f.id() == null ? f.cellId() : f.id()))
                    .add("Order", f.order())
                    .add("Value", text(f.value()))
                    .add("Description", text(f.englishDescription()))
                    .add("Name", f.englishName())
                    .add("FieldSectionId", id(f.sectionId()))
                    .add("DefinitionId", f.definitionId().toString())
                    .add("DefinitionType", f.definitionType())
                    .add("DefinitionSequenceNumber", f.definitionSequenceNumber())
                    .add("ListId", id(f.listId()))
                    .add("IsRequired", f.required())
                    .add("IsReadOnly", f.readOnly())
                    .add("IsReadOnlyIfHasValue", f.readOnlyIfHasValue())
                    .add("IsSecured", f.secured())
                    .add("CaseSensitivity", 0)
                    .add("InputMask", text(f.inputMask()))
                    .add("MaxLength", f.maxLength() == null ? JsonValue.NULL : JSON.createValue(f.maxLength()))
                    .add("HasTimestampTag", false)
                    .add("HasHtmlSupport", f.htmlSupport())
                    .add(
                            "NbLinesHeight",
                            f.nbLinesHeight() == null ? JsonValue.NULL : JSON.createValue(f.nbLinesHeight()))
                    .add("DisplayName", text(f.displayName()))
                    .add("HasFilters", false)
                    .add("HasFormFilters", false)
                    .add("RequiredIfDefinitionId", JsonValue.NULL)
                    .add("RequiredIfBindingName", JsonValue.NULL)
                    .add("RequiredIfValue", JsonValue.NULL)
                    .add("BindingNavigationFieldId", JsonValue.NULL)
                    .add("BindingField", JsonValue.NULL)
                    .add("Options", text(f.options()))
                    .add("TextColor", JsonValue.NULL)
                    .add("BackgroundColor", JsonValue.NULL)
                    .add("ImpactMessage", JsonValue.NULL)
                    .add("Row", JsonValue.NULL)
                    .add("Column", JsonValue.NULL)
                    .add("GridId", JsonValue.NULL)
                    .add("IsActive", f.active())
                    .add("Target", JsonValue.NULL)
                    .add("IsEncrypted", f.encrypted())
                    .add("Cells", JsonValue.NULL)
                    .add("NotReadOnlyGroups", JsonValue.EMPTY_JSON_ARRAY));
        }
        JsonArrayBuilder sections = JSON.createArrayBuilder();
        for (FieldSection s : layout) {
            JsonArrayBuilder rows = JSON.createArrayBuilder();
            for (FieldRow row : s.getRows()) {
                JsonArrayBuilder cells = JSON.createArrayBuilder();
                for (FieldCell cell : row.getCells()) {
                    cells.add(JSON.createObjectBuilder()
                            .add("DefinitionId", cell.getDefinition().getId().toString()));
                }
                rows.add(JSON.createObjectBuilder()
                        .add("Order", row.getSortOrder())
                        .add("Cells", cells));
            }
            sections.add(JSON.createObjectBuilder()
                    .add("IsPublic", s.isPublic())
                    .add("OverrideOptions", false)
                    .add("Order", s.getSortOrder())
                    .add(
                            "VisibleIfFieldDefinitionId",
                            id(
                                    s.getVisibleIfDefinition() == null
                                            ? null
                                            : s.getVisibleIfDefinition().getId()))
                    .add("VisibleIfFieldValue", text(s.getVisibleIfValue()))
                    .add("FieldSectionTemplateId", JsonValue.NULL)
                    .add("FromTemplate", false)
                    .add("Rows", rows)
                    .add("EnglishName", s.getName().english())
                    .add("FrenchName", s.getName().french())
                    .add(
                            "EnglishDescription",
                            s.getDescription() == null ? "" : s.getDescription().english())
                    .add(
                            "FrenchDescription",
                            s.getDescription() == null ? "" : s.getDescription().french())
                    .add("NameId", JsonValue.NULL)
                    .add("DescriptionId", JsonValue.NULL)
                    .add("ImagePath", text(s.getImagePath()))
                    .add("IsActive", s.isActive())
                    .add("IsDeleted", false)
                    .add("SequenceNumber", org.c2desk.platform.SequenceNumbers.format(s.getSequenceNumber()))
                    .add("CreatedBy", s.getAudit().createdBy())
                    .add("CreatedDateTime", C2Json.date(s.getAudit().createdOn()))
                    .add("LastModifiedBy", s.getAudit().lastModifiedBy())
                    .add("LastModifiedDateTime", C2Json.date(s.getAudit().lastModifiedOn()))
                    .add("Id", s.getId().toString()));
        }
        return JSON.createObjectBuilder()
                .add("Fields", values)
                .add("Sections", sections)
                .build();
    }
}
