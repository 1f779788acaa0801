package org.c2desk.cmdb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.c2desk.platform.LocalizedText;
import org.c2desk.platform.ValidationException;
import org.junit.jupiter.api.Test;

/** The system fields UpdateProperty may change on a CI, and the checks create and UpdateProperty share, without a database. */
class CiPropertyTest {

    private final CiFolder folder = new CiFolder(null, LocalizedText.same("Inventory"));
    private final CiCategory general = new CiCategory(LocalizedText.same("General"));
    private final CiCategory hardware = new CiCategory(LocalizedText.same("Hardware"));

    private ConfigurationItem ci() {
        return new ConfigurationItem(10, 221, folder, general, LocalizedText.same("CI API"), "admin");
    }

    @Test
    void propertiesAreNamedAsTheApiNamesThemCaseInsensitively() {
        assertSame(CiProperty.IS_ACTIVE, CiProperty.named("IsActive"));
        assertSame(CiProperty.IS_ACTIVE, CiProperty.named(" isactive "));
        assertSame(CiProperty.TYPE, CiProperty.named("CITypeId"));
        assertSame(CiProperty.FOLDER, CiProperty.named("CIFolderId"));
    }

    @Test
    void anUnknownPropertyIsRefusedByNameWithTheKnownOnes() {
        ValidationException e = assertThrows(ValidationException.class, () -> CiProperty.named("Colour"));
        assertEquals("PropertyName", e.field());
        assertEquals(
                "PropertyName: a CI has no property 'Colour' that can be updated; known: IsActive, StateId, OwnerId,"
                        + " EnglishName, FrenchName, EnglishDescription, FrenchDescription, CIFolderId, CategoryId, CITypeId,"
                        + " Tags, ExternalId",
                e.getMessage());
        assertThrows(ValidationException.class, () -> CiProperty.named(null));
    }

    @Test
    void isActiveTakesTrueOrFalseOnly() {
        ConfigurationItem ci = ci();
        CiProperty.IS_ACTIVE.apply(null, ci, "false", "admin");
        assertFalse(ci.isActive());
        CiProperty.IS_ACTIVE.apply(null, ci, " TRUE ", "admin");
        assertTrue(ci.isActive());
        ValidationException e =
                assertThrows(ValidationException.class, () -> CiProperty.IS_ACTIVE.apply(null, ci, "yes", "admin"));
        assertEquals("IsActive", e.field());
        assertEquals("IsActive: expected true or false but got \"yes\"", e.getMessage());
        assertTrue(ci.isActive());
    }

    @Test
    void namesAreRequiredStrippedAndBounded() {
        ConfigurationItem ci = ci();
        CiProperty.ENGLISH_NAME.apply(null, ci, "  Renamed  ", "agent.en");
        assertEquals(new LocalizedText("Renamed", "CI API"), ci.getName());
        assertEquals("agent.en", ci.getAudit().lastModifiedBy());
        assertEquals(
                "EnglishName",
                assertThrows(ValidationException.class, () -> CiProperty.ENGLISH_NAME.apply(null, ci, " ", "admin"))
                        .field());
        assertThrows(
                ValidationException.class,
                () -> CiProperty.ENGLISH_NAME.apply(null, ci, "x".repeat(ConfigurationItem.NAME_LENGTH + 1), "admin"));
        // A blank French name falls back to the English one, as on creation.
        CiProperty.FRENCH_NAME.apply(null, ci, "", "admin");
        assertEquals(new LocalizedText("Renamed", "Renamed"), ci.getName());
    }

    @Test
    void descriptionsAndTagsAreNeverNull() {
        ConfigurationItem ci = ci();
        CiProperty.FRENCH_DESCRIPTION.apply(null, ci, "Description", "admin");
        CiProperty.ENGLISH_DESCRIPTION.apply(null, ci, null, "admin");
        assertEquals(new LocalizedText("", "Description"), ci.getDescription());
        CiProperty.TAGS.apply(null, ci, null, "admin");
        assertEquals("", ci.getTags());
        assertThrows(
                ValidationException.class,
                () -> CiProperty.TAGS.apply(null, ci, "t".repeat(ConfigurationItem.TAGS_LENGTH + 1), "admin"));
    }

    @Test
    void guidValuesAreCheckedBeforeAnyLookUp() {
        ConfigurationItem ci = ci();
        ValidationException notAGuid =
                assertThrows(ValidationException.class, () -> CiProperty.STATE.apply(null, ci, "nope", "admin"));
        assertEquals("StateId: \"nope\" is not a GUID", notAGuid.getMessage());
        assertEquals(
                "CIFolderId",
                assertThrows(ValidationException.class, () -> CiProperty.FOLDER.apply(null, ci, "", "admin"))
                        .field());
        assertEquals(
                "CategoryId",
                assertThrows(
                                ValidationException.class,
                                () -> CiProperty.CATEGORY.apply(null, ci, CiService.EMPTY_GUID, "admin"))
                        .field());
        // Blank or the empty GUID clears an optional reference without looking anything up.
        CiProperty.TYPE.apply(null, ci, CiService.EMPTY_GUID, "admin");
        CiProperty.STATE.apply(null, ci, "", "admin");
        CiProperty.OWNER.apply(null, ci, null, "admin");
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
