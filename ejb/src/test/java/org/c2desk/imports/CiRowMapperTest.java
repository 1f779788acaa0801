package org.c2desk.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.c2desk.customfield.FieldDefinition;
import org.c2desk.customfield.FieldType;
import org.c2desk.customfield.TypedValue;
import org.c2desk.imports.CiReferences.Ref;
import org.c2desk.platform.LocalizedText;
import org.junit.jupiter.api.Test;

/** The CI template's rules, one record at a time, without a database. */
class CiRowMapperTest {

    static final Ref LAPTOPS = new Ref(UUID.randomUUID(), "Laptops", true, null);
    static final Ref OLD_LAPTOPS = new Ref(UUID.randomUUID(), "Archive/Laptops", true, null);
    static final Ref HARDWARE = new Ref(UUID.randomUUID(), "Hardware", true, null);
    static final Ref NETWORK = new Ref(UUID.randomUUID(), "Network", true, null);
    static final Ref LAPTOP = new Ref(UUID.randomUUID(), "Laptop", true, HARDWARE.id());
    static final Ref SWITCH = new Ref(UUID.randomUUID(), "Switch", true, NETWORK.id());
    static final Ref RETIRED = new Ref(UUID.randomUUID(), "Retired", false, null);
    static final FieldDefinition SERIAL =
            new FieldDefinition(41, FieldType.TEXT, new LocalizedText("Serial", "Série"), null, "test");
    static final FieldDefinition COST =
            new FieldDefinition(42, FieldType.DECIMAL, new LocalizedText("Cost", "Coût"), null, "test");
    static final List<String> HEADER = List.of("EnglishName", "Folder", "Category", "Type", "State", "CF:41", "Cost");

    final CiReferences references;

    CiRowMapperTest() {
        Map<String, List<Ref>> folders = new HashMap<>();
        folders.put("laptops", List.of(LAPTOPS, OLD_LAPTOPS));
        folders.put("archive/laptops", List.of(OLD_LAPTOPS));
        folders.put(LAPTOPS.id().toString(), List.of(LAPTOPS));
        CustomColumn serialOnLaptops = new CustomColumn(SERIAL, UUID.randomUUID(), true);
        CustomColumn cost = new CustomColumn(COST, UUID.randomUUID(), false);
        references = new CiReferences(
                folders,
                Map.of("hardware", List.of(HARDWARE), "network", List.of(NETWORK)),
                Map.of("laptop", List.of(LAPTOP), "switch", List.of(SWITCH)),
                Map.of("retired", List.of(RETIRED)),
                Map.of(),
                List.of(serialOnLaptops, cost),
                Map.of(
                        CiReferences.NO_TYPE,
                        Map.of(COST.getId(), cost),
                        LAPTOP.id(),
                        Map.of(SERIAL.getId(), serialOnLaptops, COST.getId(), cost),
                        SWITCH.id(),
                        Map.of(COST.getId(), cost)));
    }

    @Test
    void aGoodRowIsMappedWithItsReferencesAndTypedFields() throws Exception {
        ImportRow row = mapper().map(
                        1, 2, List.of(" PC-1 ", LAPTOPS.id().toString(), "HARDWARE", "laptop", "", "S123", "1299.5"));

        assertFalse(row.rejected(), row.rejections().toString());
        MappedCi ci = row.ci();
        assertEquals("PC-1", ci.englishName());
        assertEquals("PC-1", ci.frenchName(), "the French name defaults to the English one");
        assertEquals(LAPTOPS.id(), ci.folderId());
        assertEquals(LAPTOP.id(), ci.typeId());
        assertNull(ci.stateId());
        assertEquals(
                List.of(new TypedValue.Text("S123"), new TypedValue.Decimal(new BigDecimal("1299.5"))),
                new ArrayList<>(ci.customValues().values()));
    }

    @Test
    void eachBadCellIsRefusedNamingItsColumnAndWhy() throws Exception {
        List<Rejection> rejections = mapper().map(
                        7, 9, List.of("", "Laptops", "Hardware", "Switch", "Retired", "S1", "cheap"))
                .rejections();

        assertEquals(
                List.of("EnglishName", "Folder", "State", "Type", "CF:41", "Cost"),
                rejections.stream().map(Rejection::column).toList(),
                rejections.toString());
        assertTrue(rejections.stream().allMatch(r -> r.lineNumber() == 9 && r.recordNumber() == 7));
        assertTrue(
                rejections.get(1).reason().contains("2 folders are named \"Laptops\""),
                rejections.get(1).reason());
        assertTrue(rejections.get(1).reason().contains("path (Parent/Child)"));
        assertTrue(
                rejections.get(2).reason().contains("inactive"),
                rejections.get(2).reason());
        assertTrue(
                rejections.get(3).reason().contains("belongs to another category"),
                rejections.get(3).reason());
    }

    @Test
    void aFieldOfAnotherTypesFormIsRefusedUnlessBlank() throws Exception {
        List<Rejection> rejections = mapper().map(
                        1, 2, List.of("SW-1", "Archive/Laptops", "Network", "Switch", "", "S9", ""))
                .rejections();
        assertEquals(1, rejections.size(), rejections.toString());
        assertEquals("CF:41", rejections.get(0).column());
        assertTrue(rejections.get(0).reason().contains("not a field of the form of the CI type Switch"));

        assertFalse(mapper().map(1, 2, List.of("SW-1", "Archive/Laptops", "Network", "Switch", "", "", ""))
                .rejected());
    }

    @Test
    void aHeaderWithoutARequiredColumnOrWithFieldsButNoTypeIsRefused() {
        assertThrows(
                ImportFileException.class, () -> new CiRowMapper(List.of("EnglishName", "Folder"), references, null));
        ImportFileException noType = assertThrows(
                ImportFileException.class,
                () -> new CiRowMapper(List.of("EnglishName", "Folder", "Category", "CF:41"), references, null));
        assertTrue(noType.getMessage().contains("no Type column"), noType.getMessage());
        assertThrows(ImportFileException.class, () -> new CiRowMapper(HEADER, references, UpsertKey.EMAIL));
    }

    CiRowMapper mapper() throws ImportFileException {
        return new CiRowMapper(HEADER, references, UpsertKey.NAME_IN_FOLDER);
    }
}
