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
import org.c2desk.client.Client;
import org.c2desk.client.ClientFields;
import org.c2desk.customfield.FieldValueCodec;
import org.c2desk.customfield.TypedValue;
import org.c2desk.imports.ClientReferences.EnterpriseRef;
import org.c2desk.platform.Culture;
import org.c2desk.platform.ValidationException;

/**
 * Checks and maps one record of the client template, with the rules of the console and the C2 API
 * ({@link ClientFields}, {@link FieldValueCodec}): every problem of the row becomes a {@link Rejection.Cell} naming
 * its column, never an exception. Plain Java: what it resolves names against comes in a {@link ClientReferences}.
 *
 * <p>Rules beyond the field's own: Enterprise is required (names or ids separated by ';', the first is primary;
 * each must exist, be seen by the importing resource and be active); HasPortalAccess true needs a UserName;
 * CountryCode is a two-letter ISO code; the column of the upsert key is required. Uniqueness (user name, external
 * id) and required custom fields of a new client need the database: the writer checks them.
 */
public final class ClientRowMapper implements RowMapper {

    public static final String FIRST_NAME = "FirstName";
    public static final String LAST_NAME = "LastName";
    public static final String EMAIL = "EmailAddress";
    public static final String USER_NAME = "UserName";
    public static final String PORTAL_ACCESS = "HasPortalAccess";
    public static final String CULTURE = "PreferedCulture";
    public static final String OFFICE_PHONE = "OfficePhone";
    public static final String MOBILE_PHONE = "MobilePhone";
    public static final String STREET = "StreetName";
    public static final String CITY = "City";
    public static final String POSTAL_CODE = "PostalCode";
    public static final String COUNTRY = "CountryCode";
    public static final String GENDER = "Gender";
    public static final String ENTERPRISE = "Enterprise";
    public static final String EXTERNAL_ID = "ExternalId";
    public static final String ACTIVE = "IsActive";

    /** The template's system columns, in the template's order. */
    public static final List<String> SYSTEM_COLUMNS = List.of(
            FIRST_NAME,
            LAST_NAME,
            EMAIL,
            USER_NAME,
            PORTAL_ACCESS,
            CULTURE,
            OFFICE_PHONE,
            MOBILE_PHONE,
            STREET,
            CITY,
            POSTAL_CODE,
            COUNTRY,
            GENDER,
            ENTERPRISE,
            EXTERNAL_ID,
            ACTIVE);

    /** The columns a file must have. */
    public static final List<String> REQUIRED_COLUMNS = List.of(FIRST_NAME, LAST_NAME, ENTERPRISE);

    private final ClientReferences references;
    private final UpsertKey upsertKey;
    private final FieldValueCodec codec = new FieldValueCodec();
    private final int width;
    /** System column name → index in the record. */
    private final Map<String, Integer> system = new HashMap<>();
    /** Custom column → index in the record, in file order. */
    private final Map<CustomColumn, Integer> custom = new LinkedHashMap<>();
    /** The system columns the file has, once for every row (rows share it). */
    private Set<String> present;
    /** The header as the file writes it, by index (for rejections). */
    private final List<String> names;

    /**
     * @param header the file's header row (a byte-order mark and surrounding blanks are ignored; names are matched
     *        without regard to case)
     * @throws ImportFileException when a required column is missing, a column is unknown or repeated
     */
    public ClientRowMapper(List<String> header, ClientReferences references, UpsertKey upsertKey)
            throws ImportFileException {
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
                        "Column " + (i + 1) + " \"" + name + "\" is not a column of the client"
                                + " template (expected " + String.join(", ", SYSTEM_COLUMNS)
                                + ", or a custom field of the client"
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
        if (upsertKey != null && !upsertKey.fits(ImportRun.Kind.CLIENT)) {
            throw new ImportFileException(
                    1, "Clients cannot be matched on " + upsertKey + " (only EMAIL, USER_NAME or EXTERNAL_ID)");
        }
        if (upsertKey != null && !system.containsKey(upsertKey.column())) {
            throw new ImportFileException(
                    1,
                    "The header has no " + upsertKey.column() + " column: it is required to match rows on "
                            + upsertKey);
        }
    }

    /** The template's system columns present in the file. */
    public Set<String> presentColumns() {
        return system.keySet();
    }

    /** The result of mapping one record: a client, or the problems found (all of them, one per column at fault). */
    public record Result(MappedClient client, List<Rejection.Cell> problems) {

        public boolean rejected() {
            return !problems.isEmpty();
        }
    }

    @Override
    public ImportRow map(long recordNumber, long lineNumber, List<String> values) {
        Result result = map(values);
        return new ImportRow(
                recordNumber,
                lineNumber,
                result.client(),
                result.problems().stream()
                        .map(p -> p.at(lineNumber, recordNumber))
                        .toList());
    }

    public Result map(List<String> values) {
        if (values.size() != width) {
            return new Result(
                    null,
                    List.of(new Rejection.Cell(
                            null,
                            null,
                            "The row has " + values.size() + " values but the header has " + width
                                    + " columns (check the separators and quotes)")));
        }
        RecordCells row = new RecordCells(system, names, values);
        String firstName = row.get(FIRST_NAME, v -> ClientFields.name(FIRST_NAME, v));
        String lastName = row.get(LAST_NAME, v -> ClientFields.name(LAST_NAME, v));
        String email = row.get(EMAIL, v -> ClientFields.email(EMAIL, v));
        String userName = row.get(USER_NAME, v -> ClientFields.optional(USER_NAME, v, Client.USER_NAME_LENGTH));
        Boolean portal = row.get(PORTAL_ACCESS, v -> blank(v) ? null : ClientFields.bool(PORTAL_ACCESS, v));
        Culture culture = row.get(CULTURE, v -> blank(v) ? null : ClientFields.culture(CULTURE, v));
        String officePhone = row.get(OFFICE_PHONE, v -> ClientFields.optional(OFFICE_PHONE, v, Client.PHONE_LENGTH));
        String mobilePhone = row.get(MOBILE_PHONE, v -> ClientFields.optional(MOBILE_PHONE, v, Client.PHONE_LENGTH));
        String street = row.get(STREET, v -> ClientFields.optional(STREET, v, Client.STREET_NAME_LENGTH));
        String city = row.get(CITY, v -> ClientFields.optional(CITY, v, Client.CITY_LENGTH));
        String postalCode = row.get(POSTAL_CODE, v -> ClientFields.optional(POSTAL_CODE, v, Client.POSTAL_CODE_LENGTH));
        UUID country = row.get(COUNTRY, this::country);
        String gender = row.get(GENDER, v -> ClientFields.gender(GENDER, v));
        List<EnterpriseRef> enterprises = row.get(ENTERPRISE, this::enterprises);
        String externalId = row.get(EXTERNAL_ID, v -> ClientFields.optional(EXTERNAL_ID, v, Client.EXTERNAL_ID_LENGTH));
        Boolean active = row.get(ACTIVE, v -> blank(v) ? null : ClientFields.bool(ACTIVE, v));

        if (Boolean.TRUE.equals(portal) && userName == null && !row.failed.contains(USER_NAME)) {
            row.problem(
                    system.containsKey(USER_NAME) ? USER_NAME : PORTAL_ACCESS,
                    "UserName is required when HasPortalAccess is true");
        }
        if (upsertKey != null && row.ok(upsertKey.column())) {
            String key = switch (upsertKey) {
                case EMAIL -> email;
                case USER_NAME -> userName;
                case EXTERNAL_ID -> externalId;
                case NAME_IN_FOLDER -> throw new IllegalStateException("refused by the constructor");
            };
            if (key == null) {
                row.problem(upsertKey.column(), upsertKey.column() + " is required: rows are matched on it");
            }
        }
        Map<CustomColumn, TypedValue> customValues = new LinkedHashMap<>();
        custom.forEach((column, index) -> {
            String raw = values.get(index);
            try {
                customValues.put(column, codec.parse(column.definition(), raw));
            } catch (ValidationException e) {
                row.problems.add(new Rejection.Cell(names.get(index), shown(raw), e.getMessage()));
            }
        });
        if (!row.problems.isEmpty()) {
            return new Result(null, List.copyOf(row.problems));
        }
        return new Result(
                new MappedClient(
                        present(),
                        firstName,
                        lastName,
                        email,
                        userName,
                        portal,
                        culture,
                        officePhone,
                        mobilePhone,
                        street,
                        city,
                        postalCode,
                        country,
                        gender,
                        enterprises,
                        externalId,
                        active,
                        customValues),
                List.of());
    }

    private UUID country(String value) {
        if (blank(value)) {
            return null;
        }
        UUID id = references.countries().get(value.strip().toUpperCase(Locale.ROOT));
        if (id == null) {
            throw new ValidationException(
                    COUNTRY,
                    "error.invalidValue",
                    COUNTRY + ": \"" + value.strip()
                            + "\" is not a known two-letter ISO country code (e.g. CA, FR, US)",
                    COUNTRY,
                    value);
        }
        return id;
    }

    private List<EnterpriseRef> enterprises(String value) {
        if (blank(value)) {
            throw new ValidationException(
                    ENTERPRISE,
                    "error.required",
                    ENTERPRISE + " is required (an enterprise name or id; several separated by ';')",
                    ENTERPRISE);
        }
        Set<EnterpriseRef> found = new LinkedHashSet<>();
        for (String part : value.split(";", -1)) {
            if (part.isBlank()) {
                continue;
            }
            String key = part.strip().toLowerCase(Locale.ROOT);
            EnterpriseRef enterprise = references.enterprises().get(key);
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
        if (found.isEmpty()) {
            throw new ValidationException(
                    ENTERPRISE,
                    "error.required",
                    ENTERPRISE + " is required (an enterprise name or id; several separated by ';')",
                    ENTERPRISE);
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
