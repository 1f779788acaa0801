package org.c2desk.web.api.v1;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.c2desk.platform.ValidationException;
import org.c2desk.web.api.v1.ClientsResource.ClientPatch;
import org.junit.jupiter.api.Test;

/** The one PATCH flow: If-Match first, then the body, then the write, its refusals named as the caller sent them. */
class PatchFlowTest {

    private final PatchFlow<ClientPatch> flow =
            new PatchFlow<>(ClientPatch.class, new RefusalNames().name("City", "city"));

    @Test
    void theVersionReadAndThePatchReachTheWrite() {
        String written = flow.apply(
                "\"7\"",
                "{\"city\":\"Lévis\",\"customFields\":{\"3\":\"x\"}}",
                (expected, patch) -> expected + " " + patch.body().city() + " " + patch.customFields(),
                List::of);
        assertEquals("7 Lévis {3=x}", written);
    }

    @Test
    void withoutIfMatchNothingIsReadNorWritten() {
        assertThrows(
                PreconditionRequiredException.class,
                () -> flow.apply(
                        null,
                        "not even JSON",
                        (expected, patch) -> {
                            throw new AssertionError("written");
                        },
                        List::of));
    }

    @Test
    void aRefusalNamesTheFieldAsThisApiDoes() {
        ValidationException e = assertThrows(
                ValidationException.class,
                () -> flow.apply(
                        "\"1\"",
                        "{\"city\":\"x\"}",
                        (expected, patch) -> {
                            throw new ValidationException("City", "error.tooLong", "City: at most 1 characters");
                        },
                        List::of));
        assertEquals("city", e.field());
        assertTrue(e.getMessage().startsWith("city: at most"), e.getMessage());
    }
}
