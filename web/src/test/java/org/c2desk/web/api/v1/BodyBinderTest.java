package org.c2desk.web.api.v1;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.c2desk.web.api.v1.CisResource.CiCreate;
import org.c2desk.web.api.v1.CisResource.CiPatch;
import org.c2desk.web.api.v1.ClientsResource.ClientCreate;
import org.c2desk.web.api.v1.ClientsResource.ClientPatch;
import org.junit.jupiter.api.Test;

/** Bodies bound to the records the OpenAPI document shows: what is sent, and every refusal naming the member. */
class BodyBinderTest {

    private static InvalidInputException refused(String field, Runnable bind) {
        InvalidInputException e = assertThrows(InvalidInputException.class, bind::run);
        assertEquals(field, e.field());
        assertTrue(e.getMessage().startsWith(field), e.getMessage());
        return e;
    }

    @Test
    void aCreateBodyFillsItsRecord() {
        UUID folder = UUID.randomUUID();
        BodyBinder.Bound<CiCreate> bound = BodyBinder.bind(
                "{\"folderId\":\"" + folder + "\",\"name\":{\"en\":\"Laptop\"},\"active\":false,"
                        + "\"customFields\":{\"3\":1.5,\"4\":true}}",
                CiCreate.class);
        assertEquals(folder, bound.body().folderId());
        assertEquals("Laptop", bound.body().name().en());
        assertNull(bound.body().name().fr());
        assertEquals(Boolean.FALSE, bound.body().active());
        assertNull(bound.body().typeId());
        assertEquals(Map.of("3", "1.5", "4", "True"), bound.customFields());
        assertEquals(Set.of("folderId", "name", "name.en", "active", "customFields"), bound.sent());
    }

    @Test
    void listsOfIdsAreBound() {
        UUID enterprise = UUID.randomUUID();
        ClientCreate body = BodyBinder.bind(
                        "{\"enterpriseIds\":[\"" + enterprise + "\"],\"firstName\":\"A\"}", ClientCreate.class)
                .body();
        assertEquals(List.of(enterprise), body.enterpriseIds());
        refused("enterpriseIds[0]", () -> BodyBinder.bind("{\"enterpriseIds\":[1]}", ClientCreate.class));
    }

    @Test
    void unknownMembersAreRefusedByName() {
        InvalidInputException e =
                refused("nickname", () -> BodyBinder.bindPatch("{\"nickname\":\"Zo\"}", ClientPatch.class));
        assertTrue(e.getMessage().contains("known: firstName, lastName"), e.getMessage());
        refused("name.de", () -> BodyBinder.bindPatch("{\"name\":{\"de\":\"Laptop\"}}", CiPatch.class));
    }

    @Test
    void wrongTypesAreRefusedByName() {
        refused("active", () -> BodyBinder.bindPatch("{\"active\":1}", CiPatch.class));
        refused("ownerId", () -> BodyBinder.bindPatch("{\"ownerId\":\"nobody\"}", CiPatch.class));
        refused("name", () -> BodyBinder.bindPatch("{\"name\":\"Laptop\"}", CiPatch.class));
        refused("firstName", () -> BodyBinder.bind("{\"firstName\":{}}", ClientCreate.class));
        refused("customFields.3", () -> BodyBinder.bindPatch("{\"customFields\":{\"3\":[]}}", CiPatch.class));
    }

    @Test
    void aPatchTellsNotSentFromNull() {
        BodyBinder.Bound<ClientPatch> patch =
                BodyBinder.bindPatch("{\"city\":null,\"userName\":\"zoe\"}", ClientPatch.class);
        assertTrue(patch.sent("city"));
        assertNull(patch.body().city());
        assertFalse(patch.sent("streetName"));
        assertEquals(Map.of(), patch.customFields());
        StringBuilder seen = new StringBuilder();
        patch.ifSent("city", patch.body()::city, v -> seen.append("city=").append(v));
        patch.ifSent("streetName", patch.body()::streetName, v -> seen.append("street"));
        assertEquals("city=null", seen.toString());
    }

    @Test
    void aYesNoMemberCannotBeClearedByAPatch() {
        refused("portalAccess", () -> BodyBinder.bindPatch("{\"portalAccess\":null}", ClientPatch.class));
        assertNull(
                BodyBinder.bind("{\"active\":null}", ClientCreate.class).body().active());
    }

    @Test
    void requiredMembersAreNamed() {
        refused("lastName", () -> BodyBinder.requiredText(" ", "lastName"));
        refused("folderId", () -> BodyBinder.requiredUuid(null, "folderId"));
        refused("name.en", () -> BodyBinder.requiredText(null, "name.en"));
    }
}
