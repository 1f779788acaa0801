package org.c2desk.web.api.c2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.c2desk.cmdb.CiChanges;
import org.c2desk.platform.Change;
import org.c2desk.platform.ValidationException;
import org.junit.jupiter.api.Test;

/** CI/UpdateProperty's names and values, read into a {@link CiChanges} without a server. */
class CiPropertyTest {

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
        assertEquals(Change.to(false), CiProperty.change("IsActive", "false").active());
        assertEquals(Change.to(true), CiProperty.change("IsActive", " TRUE ").active());
        ValidationException e = assertThrows(ValidationException.class, () -> CiProperty.change("IsActive", "yes"));
        assertEquals("IsActive", e.field());
        assertEquals("IsActive: expected true or false but got \"yes\"", e.getMessage());
    }

    @Test
    void guidValuesAreCheckedAndTheEmptyGuidIsNone() {
        ValidationException notAGuid =
                assertThrows(ValidationException.class, () -> CiProperty.change("StateId", "nope"));
        assertEquals("StateId: \"nope\" is not a GUID", notAGuid.getMessage());
        assertEquals("StateId", notAGuid.field());
        // Blank or the empty GUID: the field is given, cleared.
        assertEquals(
                Change.to(null),
                CiProperty.change("CITypeId", C2Json.EMPTY_GUID).typeId());
        assertEquals(Change.to(null), CiProperty.change("StateId", "").stateId());
        assertEquals(
                Change.to(null),
                CiProperty.change("CategoryId", C2Json.EMPTY_GUID).categoryId());
        UUID id = UUID.randomUUID();
        assertEquals(Change.to(id), CiProperty.change("OwnerId", " " + id + " ").ownerId());
    }

    @Test
    void oneChangeGivesOneFieldOnly() {
        CiChanges changes = CiProperty.change("Tags", "a b");
        assertEquals(Change.to("a b"), changes.tags());
        assertFalse(changes.englishName().given());
        assertFalse(changes.active().given());
        assertTrue(CiProperty.change("EnglishName", null).englishName().given());
    }
}
