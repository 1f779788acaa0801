package org.c2desk.cmdb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.c2desk.platform.Change;
import org.c2desk.platform.LocalizedText;
import org.c2desk.platform.ValidationException;
import org.junit.jupiter.api.Test;

/** How a {@link CiChanges} changes a CI, and the checks create and update share, without a database. */
class CiChangesTest {

    private final CiFolder folder = new CiFolder(null, LocalizedText.same("Inventory"));
    private final CiCategory general = new CiCategory(LocalizedText.same("General"));
    private final CiCategory hardware = new CiCategory(LocalizedText.same("Hardware"));

    private ConfigurationItem ci() {
        return new ConfigurationItem(10, 221, folder, general, LocalizedText.same("CI API"), "admin");
    }

    /** The service's check-and-set, which needs no database for values that look nothing up. */
    private static void apply(ConfigurationItem ci, CiChanges.Builder changes, String by) {
        new CiService().apply(ci, changes.build(), by);
    }

    @Test
    void onlyTheFieldsGivenChange() {
        ConfigurationItem ci = ci();
        ci.setTags("kept");
        apply(ci, CiChanges.builder().active(false), "admin");
        assertFalse(ci.isActive());
        assertEquals("kept", ci.getTags());
        assertEquals(new LocalizedText("CI API", "CI API"), ci.getName());
        apply(ci, CiChanges.builder().active(true), "admin");
        assertTrue(ci.isActive());
        assertTrue(CiChanges.builder().build().isEmpty());
        assertFalse(CiChanges.builder().tags(null).build().isEmpty(), "clearing a field is a change");
    }

    @Test
    void activeCannotBeCleared() {
        ConfigurationItem ci = ci();
        CiChanges cleared =
                new CiChanges(null, null, null, null, null, null, null, null, null, null, null, Change.to(null));
        ValidationException e =
                assertThrows(ValidationException.class, () -> new CiService().apply(ci, cleared, "admin"));
        assertEquals("IsActive", e.field());
        assertTrue(ci.isActive());
    }

    @Test
    void namesAreRequiredStrippedAndBounded() {
        ConfigurationItem ci = ci();
        apply(ci, CiChanges.builder().englishName("  Renamed  "), "agent.en");
        assertEquals(new LocalizedText("Renamed", "CI API"), ci.getName());
        assertEquals("agent.en", ci.getAudit().lastModifiedBy());
        assertEquals(
                "EnglishName",
                assertThrows(
                                ValidationException.class,
                                () -> apply(ci, CiChanges.builder().englishName(" "), "admin"))
                        .field());
        assertThrows(
                ValidationException.class,
                () -> apply(
                        ci, CiChanges.builder().englishName("x".repeat(ConfigurationItem.NAME_LENGTH + 1)), "admin"));
        // A blank French name falls back to the English one, as on creation.
        apply(ci, CiChanges.builder().frenchName(""), "admin");
        assertEquals(new LocalizedText("Renamed", "Renamed"), ci.getName());
        // ... to the English one as changed by the same command.
        apply(ci, CiChanges.builder().englishName("Both").frenchName(null), "admin");
        assertEquals(new LocalizedText("Both", "Both"), ci.getName());
    }

    @Test
    void descriptionsAndTagsAreNeverNull() {
        ConfigurationItem ci = ci();
        apply(ci, CiChanges.builder().frenchDescription("Description"), "admin");
        apply(ci, CiChanges.builder().englishDescription(null), "admin");
        assertEquals(new LocalizedText("", "Description"), ci.getDescription());
        apply(ci, CiChanges.builder().tags(null), "admin");
        assertEquals("", ci.getTags());
        assertThrows(
                ValidationException.class,
                () -> apply(ci, CiChanges.builder().tags("t".repeat(ConfigurationItem.TAGS_LENGTH + 1)), "admin"));
    }

    @Test
    void theFolderAndTheCategoryCannotBeClearedTheOtherReferencesCan() {
        ConfigurationItem ci = ci();
        ValidationException folder = assertThrows(
                ValidationException.class, () -> apply(ci, CiChanges.builder().folderId(null), "admin"));
        assertEquals("CIFolderId", folder.field());
        assertEquals("CIFolderId is required: Value must be a GUID", folder.getMessage());
        assertEquals(
                "CategoryId",
                assertThrows(
                                ValidationException.class,
                                () -> apply(ci, CiChanges.builder().categoryId(null), "admin"))
                        .field());
        // None clears an optional reference without looking anything up.
        apply(ci, CiChanges.builder().typeId(null).stateId(null).ownerId(null), "admin");
        assertNull(ci.getType());
        assertNull(ci.getState());
        assertNull(ci.getOwner());
    }

    @Test
    void aTypeOfAnotherCategoryIsRefused() {
        CiType laptop = new CiType(hardware, LocalizedText.same("Laptop"));
        ValidationException e = assertThrows(
                ValidationException.class, () -> CiService.checkTypeFitsCategory(laptop, general, "CITypeId"));
        assertEquals("CITypeId", e.field());
        assertTrue(e.getMessage().startsWith("CITypeId: the CI type Laptop"), e.getMessage());
        CiService.checkTypeFitsCategory(laptop, hardware, "CITypeId");
        CiService.checkTypeFitsCategory(new CiType(null, LocalizedText.same("Any")), general, "CITypeId");
        CiService.checkTypeFitsCategory(null, general, "CITypeId");
    }

    @Test
    void aNewCiIsActiveUnlessToldOtherwiseAndKeepsEmptyCustomFieldValues() {
        UUID definition = UUID.randomUUID();
        Map<UUID, String> values = new HashMap<>();
        values.put(definition, null);
        NewCi command = new NewCi(
                UUID.randomUUID(),
                UUID.randomUUID(),
                null,
                null,
                null,
                "CIAPI",
                null,
                null,
                null,
                null,
                null,
                null,
                values);
        assertTrue(command.active());
        assertTrue(command.customFieldValues().containsKey(definition));
        assertFalse(new NewCi(null, null, null, null, null, "x", null, null, null, null, null, false, null).active());
        assertEquals(Map.of(), NewCi.of(null, null, "x").customFieldValues());
    }
}
