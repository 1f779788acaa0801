package org.c2desk.web.api.v1;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The strong ETags of the v1 API and the version an If-Match names. */
class ETagsTest {

    @Test
    void anETagReadBackNamesTheSameVersion() {
        for (long version : new long[] {0, 1, 7, 123_456_789_012L}) {
            assertEquals(version, ETags.expectedVersion(ETags.of(version)));
        }
        assertEquals("\"7\"", ETags.of(7));
    }

    @Test
    void surroundingSpacesAreIgnored() {
        assertEquals(3, ETags.expectedVersion("  \"3\" "));
    }

    @Test
    void aTagThatCanMatchNoVersionIsMinusOne() {
        for (String tag : new String[] {"*", "W/\"3\"", "\"abc\"", "3", "\"\"", "\"-3\"", "\"1234567890123456789\""}) {
            assertEquals(-1, ETags.expectedVersion(tag), tag);
        }
    }

    @Test
    void aMissingIfMatchIsAskedFor() {
        PreconditionRequiredException e =
                assertThrows(PreconditionRequiredException.class, () -> ETags.expectedVersion(null));
        assertTrue(e.getMessage().contains("If-Match"), e.getMessage());
        assertThrows(PreconditionRequiredException.class, () -> ETags.expectedVersion(" "));
    }
}
