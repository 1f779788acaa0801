package org.c2desk.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CallerCacheTest {

    private final CallerCache cache = new CallerCache();
    private long now = 1_000_000_000L;
    private final UUID resource = UUID.randomUUID();
    private final CallerCache.Resolved resolved = new CallerCache.Resolved(
            new Caller(resource, "agent", "Agent", null, false, Set.of(Permission.TICKET_CREATE), Set.of(), Set.of()),
            CallerCache.stampOf("hash"));

    CallerCacheTest() {
        cache.clock = () -> now;
    }

    @Test
    void aCallerIsUsedForFreshForAfterItWasReadThenReadAgain() {
        CallerCache.Read read = cache.startRead();
        now += 1_000_000; // the database answered 1 ms later
        cache.put(read, resolved);
        now = read.startedAt() + CallerCache.FRESH_FOR.toNanos() - 1;
        assertSame(resolved, cache.caller(resource));
        now += 1;
        assertNull(cache.caller(resource), "the bound counts from when the read began");
    }

    @Test
    void aClearForgetsEverythingAndWhatAReadStartedBeforeItWouldStore() {
        cache.put(cache.startRead(), resolved);
        CallerCache.Read before = cache.startRead();
        cache.clear();
        assertNull(cache.caller(resource));
        cache.put(before, resolved); // read before the change, stored after it: dropped
        assertNull(cache.caller(resource));
        cache.put(cache.startRead(), resolved);
        assertSame(resolved, cache.caller(resource));
    }

    @Test
    void aTokenSignsInWhileItsGrantAndItsResourceAreFreshAndItHasNotExpired() {
        OffsetDateTime today = OffsetDateTime.of(2026, 12, 2, 8, 0, 0, 0, ZoneOffset.UTC);
        cache.putToken(
                cache.startRead(), "h", new CallerCache.TokenGrant(UUID.randomUUID(), resource, today.plusHours(1)));
        assertNull(cache.callerOfToken("h", today), "the resource's caller is not known yet");
        cache.put(cache.startRead(), resolved);
        assertSame(resolved.caller(), cache.callerOfToken("h", today));
        assertNull(cache.callerOfToken("h", today.plusHours(1)), "expired");
        assertNull(cache.callerOfToken("other", today));
        now += CallerCache.FRESH_FOR.toNanos();
        assertNull(cache.callerOfToken("h", today));
    }

    @Test
    void theStampChangesWithThePasswordHash() {
        assertEquals(CallerCache.stampOf("a"), CallerCache.stampOf("a"));
        assertNotEquals(CallerCache.stampOf("a"), CallerCache.stampOf("b"));
        assertNotEquals(CallerCache.stampOf(null), CallerCache.stampOf("a"));
    }
}
