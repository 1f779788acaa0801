package org.c2desk.imports;

import static org.c2desk.imports.RecordCells.blank;
import static org.c2desk.imports.RecordCells.shown;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.c2desk.client.ClientFields;
import org.c2desk.cmdb.ConfigurationItem;
import org.c2desk.customfield.FieldValueCodec;
import org.c2desk.customfield.TypedValue;
import org.c2desk.imports.CiReferences.Ref;
import org.c2desk.imports.ClientReferences.EnterpriseRef;
import org.c2desk.platform.ValidationException;

/**
 * Checks and maps one record of the CI template, with the rules of the console and the C2 API: every problem of the
 * row becomes a {@link Rejection.Cell} naming its column, never an exception. Plain Java: what it resolves names
 * against comes in a {@link CiReferences}.
 *
 * <p>Folder, Category, Type and State are given by id or by name (English or French, any case; a folder also by its
 * path "Parent/Child", a state by its code); a name several of them share is refused, naming them, unless the
 * category tells the types apart. Each must be active; the type must belong to the row's category. EnglishName,
 * Folder and Category are required. Custom fields are those of the row's type's form: a value for a field of another
 * form is refused. The owner (a client by id, e-mail address or user name), uniqueness of the external id and
 * required custom fields of a new CI need the database: the writer checks them.
 */
public final class CiRowMapper implements RowMapper {

    public static final String CI_NUMBER = "CINumber";
    public static final String ENGLISH_NAME = "EnglishName";
    public static final String FRENCH_NAME = "FrenchName";
    public static final String FOLDER = "Folder";
    public static final String CATEGORY = "Category";
    public static final String TYPE = "Type";
    public static final String STATE = "State";
    public static final String OWNER = "Owner";
    public static final String ENGLISH_DESCRIPTION = "EnglishDescription";
    public static final String FRENCH_DESCRIPTION = "FrenchDescription";
    public static final String TAGS = "Tags";
    public static final String EXTERNAL_ID = "ExternalId";
    public static final String ENTERPRISE = "Enterprise";
    public static final String ACTIVE = "IsActive";

    /** The template's system columns, in the template's order. */
    public static final List<String> SYSTEM_COLUMNS = List.of(
            CI_NUMBER,
            ENGLISH_NAME,
            FRENCH_NAME,
            FOLDER,
            CATEGORY,
            TYPE,
            STATE,
            OWNER,
            ENGLISH_DESCRIPTION,
            FRENCH_DESCRIPTION,
            TAGS,
            EXTERNAL_ID,
            ENTERPRISE,
            ACTIVE);

    /** The columns a file must have. */
    public static final List<String> REQUIRED_COLUMNS = List.of(ENGLISH_NAME, FOLDER, CATEGORY);

    private final CiReferences references;
    private final UpsertKey upsertKey;
    private final FieldValueCodec codec = new FieldValueCodec();
    private final int width;
    private final Map<String, Integer> system = new HashMap<>();
    /** The system columns the file has, once for every row (rows share it). */
    private Set<String> present;

    private final Map<CustomColumn, Integer> custom = new LinkedHashMap<>();
    private final List<String> names;

    /**
     * @param header the file's header row (names matched without regard to case; custom fields as CF:&lt;sequence
     *        number&gt; or by their English name)
     * @throws ImportFileException when a required column is missing, a column is unknown or repeated, or custom
     *         field columns come without the Type column
     */
    public CiRowMapper(List<String> header, CiReferences references, UpsertKey upsertKey) throws ImportFileException {
        this.references = references;
        this.upsertKey = upsertKey;
        this.width = header.size();
        this.names = new ArrayList<>(header.size());
        Map<String, String> systemByLower = new HashMap<>();
        SYSTEM_COLUMNS.forEach(c -> systemByLower.put(c.toLowerCase(Locale.ROOT), c));
        Map<String, CustomColumn> customByLower = new HashMap<>();
        for (CustomColumn column : references.customFields()) {
            customByLower.putIfAbsent(column.englishName().strip().toLowerCase(Locale.ROOT), column);
        }
        for (CustomColumn column : references.customFields()) {
            customByLower.put(column.sequenceColumn().toLowerCase(Locale.ROOT), column);
        }
        Set<Object> seen = new HashSet<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i) == null
                    ? ""
                    : header.get(i).replace("\uFEFF", "").strip();
            names.add(name);
            String lower = name.toLowerCase(Locale.ROOT);
            Object column = systemByLower.containsKey(lower) ? systemByLower.get(lower) : customByLower.get(lower);
            if (column == null) {
                throw new ImportFileException(
                        1,
                        "Column " + (i + 1) + " \"" + name + "\" is not a column of the CI"
                                + " template (expected " + String.join(", ", SYSTEM_COLUMNS)
                                + ", or a custom field of a CI"
                                + " form as CF:<sequence number> or by its English name)");
            }
            if (!seen.add(column)) {
                throw new ImportFileException(1, "Column \"" + name + "\" appears twice in the header");
            }
            if (column instanceof String systemColumn) {
                system.put(systemColumn, i);
            } else {
                custom.put((CustomColumn) column, i);
            }
        }
        for (String required : REQUIRED_COLUMNS) {
            if (!system.containsKey(required)) {
                throw new ImportFileException(1, "The header has no " + required + " column: it is required");
            }
        }
        if (!custom.isEmpty() && !system.containsKey(TYPE)) {
            throw new ImportFileException(
                    1,
                    "The header has custom field columns but no Type column: the fields of a"
                            + " CI depend on its type (leave Type blank for a CI without one)");
        }
        if (upsertKey != null && !upsertKey.fits(ImportRun.Kind.CI)) {
            throw new ImportFileException(
                    1, "CIs cannot be matched on " + upsertKey + " (only NAME_IN_FOLDER or EXTERNAL_ID)");
        }
        if (upsertKey != null && !system.containsKey(upsertKey.column())) {
            throw new ImportFileException(
                    1,
                    "The header has no " + upsertKey.column() + " column: it is required to match rows on "
                            + upsertKey);
        }
    }

    @Override
    public ImportRow map(long recordNumber, long lineNumber, List<String> values) {
        if (values.size() != width) {
            return new ImportRow(
                    recordNumber,
                    lineNumber,
                    null,
                    List.of(new Rejection(
                            lineNumber,
                            recordNumber,
                            null,
                            null,
                            "The row has " + values.size() + " values but the header has " + width
                                    + " columns (check the separators and quotes)")));
        }
        RecordCells row = new RecordCells(system, names, values);
        Long ciNumber = row.get(CI_NUMBER, this::ciNumber);
        String englishName = row.get(ENGLISH_NAME, v -> name(ENGLISH_NAME, v, true));
        String frenchName = row.get(FRENCH_NAME, v -> name(FRENCH_NAME, v, false));
        Ref folder = row.get(FOLDER, v -> reference(FOLDER, "folder", references.folders(), v, null, true));
        Ref category = row.get(CATEGORY, v -> reference(CATEGORY, "category", references.categories(), v, null, true));
        Ref type = row.get(TYPE, v -> reference(TYPE, "CI type", references.types(), v, category, false));
        Ref state = row.get(STATE, v -> reference(STATE, "CI state", references.states(), v, null, false));
        String owner = row.get(OWNER, v -> blank(v) ? null : v.strip());
        String englishDescription = row.get(ENGLISH_DESCRIPTION, v -> description(ENGLISH_DESCRIPTION, v));
        String frenchDescription = row.get(FRENCH_DESCRIPTION, v -> description(FRENCH_DESCRIPTION, v));
        String tags = row.get(TAGS, v -> text(TAGS, v, ConfigurationItem.TAGS_LENGTH));
        String externalId =
                row.get(EXTERNAL_ID, v -> ClientFields.optional(EXTERNAL_ID, v, ConfigurationItem.EXTERNAL_ID_LENGTH));
        List<EnterpriseRef> enterprises = row.get(ENTERPRISE, this::enterprises);
        Boolean active = row.get(ACTIVE, v -> blank(v) ? null : ClientFields.bool(ACTIVE, v));

        // The form of the row's type is known when the type resolves (or is blank), even if it does not fit.
        boolean formKnown = system.containsKey(TYPE) && (type != null || blank(values.get(system.get(TYPE))));
        if (type != null
                && category != null
                && type.parentId() != null
                && !type.parentId().equals(category.id())) {
            row.problem(
                    TYPE, "Type: the CI type " + type.name() + " belongs to another category than " + category.name());
        }
        if (upsertKey == UpsertKey.EXTERNAL_ID && row.ok(EXTERNAL_ID) && externalId == null) {
            row.problem(EXTERNAL_ID, "ExternalId is required: rows are matched on it");
        }
        Map<CustomColumn, TypedValue> customValues = new LinkedHashMap<>();
        if (!custom.isEmpty() && formKnown) {
            UUID typeKey = type == null ? CiReferences.NO_TYPE : type.id();
            Map<java.util.UUID, CustomColumn> form = references.forms().getOrDefault(typeKey, Map.of());
            custom.forEach((column, index) -> {
                String raw = values.get(index);
                CustomColumn onForm = form.get(column.definition().getId());
                if (onForm == null) {
                    if (!blank(raw)) {
                        row.problems.add(new Rejection.Cell(
                                names.get(index),
                                shown(raw),
                                names.get(index) + " ("
                                        + column.englishName() + ") is not a field of the form of "
                                        + (type == null ? "CIs without a type" : "the CI type " + type.name())
                                        + ": leave it blank"));
                    }
                    return;
                }
                try {
                    customValues.put(onForm, codec.parse(onForm.definition(), raw));
                } catch (ValidationException e) {
                    row.problems.add(new Rejection.Cell(names.get(index), shown(raw), e.getMessage()));
                }
            });
        }
        if (!row.problems.isEmpty()) {
            return new ImportRow(
                    recordNumber,
                    lineNumber,
                    null,
                    row.problems.stream()
                            .map(p -> p.at(lineNumber, recordNumber))
                            .toList());
        }
        MappedCi ci = new MappedCi(
                present(),
                ciNumber,
                englishName,
                frenchName == null ? englishName : frenchName,
                folder.id(),
                category.id(),
                type == null ? null : type.id(),
                state == null ? null : state.id(),
                owner,
                englishDescription,
                frenchDescription,
                tags,
                externalId,
                enterprises == null ? List.of() : enterprises,
                active,
                customValues);
        return new ImportRow(recordNumber, lineNumber, ci, List.of());
    }

    private Long ciNumber(String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new ValidationException(
                    CI_NUMBER,
                    "error.invalidValue",
                    CI_NUMBER + ": expected a CI number (digits)" + " but got \"" + value.strip()
                            + "\"; leave it blank for a new CI",
                    CI_NUMBER,
                    value);
        }
    }

    private static String name(String column, String value, boolean required) {
        if (blank(value)) {
            if (required) {
                throw new ValidationException(column, "error.required", column + " is required");
            }
            return null;
        }
        return text(column, value, ConfigurationItem.NAME_LENGTH);
    }

    private static String description(String column, String value) {
        String text = value == null ? "" : value;
        if (text.length() > ConfigurationItem.DESCRIPTION_LENGTH) {
            throw tooLong(column, ConfigurationItem.DESCRIPTION_LENGTH);
        }
        return text;
    }

    private static String text(String column, String value, int max) {
        String text = value == null ? "" : value.strip();
        if (text.length() > max) {
            throw tooLong(column, max);
        }
        return text;
    }

    private static ValidationException tooLong(String column, int max) {
        return new ValidationException(
                column, "error.tooLong", column + ": at most " + max + " characters", column, max);
    }

    /**
     * The folder, category, type or state a cell names, by id or by name; null for a blank optional one. Of several
     * of the same name, the type of the row's category is taken.
     */
    private static Ref reference(
            String column, String what, Map<String, List<Ref>> known, String value, Ref category, boolean required) {
        if (blank(value)) {
            if (required) {
                throw new ValidationException(
                        column, "error.required", column + " is required (a " + what + " name or id)", column);
            }
            return null;
        }
        String text = value.strip();
        List<Ref> found = known.getOrDefault(text.toLowerCase(Locale.ROOT), List.of());
        if (found.size() > 1 && category != null) {
            List<Ref> inCategory = found.stream()
                    .filter(r -> category.id().equals(r.parentId()))
                    .toList();
            found = inCategory.isEmpty() ? found : inCategory;
        }
        if (found.isEmpty()) {
            throw new ValidationException(
                    column,
                    "error.unknownReference",
                    column + ": no " + what + " is named \"" + text + "\" or has that id",
                    column,
                    text);
        }
        if (found.size() > 1) {
            throw new ValidationException(
                    column,
                    "error.ambiguous",
                    column + ": " + found.size() + " " + what
                            + "s are named \"" + text + "\" ("
                            + String.join(
                                    ", ",
                                    found.stream()
                                            .map(r -> r.name() + " " + r.id())
                                            .toList()) + "): give its id"
                            + (column.equals(FOLDER) ? " or its path (Parent/Child)" : ""),
                    column,
                    text);
        }
        Ref ref = found.get(0);
        if (!ref.active()) {
            throw new ValidationException(
                    column,
                    "error.inactive",
                    column + ": the " + what + " " + ref.name() + " is inactive",
                    column,
                    text);
        }
        return ref;
    }

    private List<EnterpriseRef> enterprises(String value) {
        Set<EnterpriseRef> found = new LinkedHashSet<>();
        if (blank(value)) {
            return List.of();
        }
        for (String part : value.split(";", -1)) {
            if (part.isBlank()) {
                continue;
            }
            EnterpriseRef enterprise = references.enterprises().get(part.strip().toLowerCase(Locale.ROOT));
            if (enterprise == null) {
                throw new ValidationException(
                        ENTERPRISE,
                        "error.unknown",
                        ENTERPRISE + ": no enterprise is named \"" + part.strip() + "\" or has that id",
                        ENTERPRISE,
                        part);
            }
            if (!enterprise.active()) {
                throw new ValidationException(
                        ENTERPRISE,
                        "error.inactive",
                        ENTERPRISE + ": the enterprise " + enterprise.name() + " is inactive",
                        ENTERPRISE,
                        part);
            }
            found.add(enterprise);
        }
        return List.copyOf(found);
    }

    private Set<String> present() {
        if (present == null) {
            present = Set.copyOf(system.keySet());
        }
        return present;
    }
}
