package org.c2desk.security;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Who the API callers are, kept briefly in this server's memory so that a repeated call reads nothing: the
 * {@link Caller} of a resource (the permissions, queues and enterprises of its active groups, with a stamp of its
 * password hash) and what an API token grants (its resource and expiry). Every API call authenticates, and resolving
 * a caller costs four to six queries.
 *
 * <p><b>The bound.</b> An entry is used for at most {@link #FRESH_FOR} after it was read from the database, then read
 * again. So any change to who may do what — a resource deactivated, a group membership or a group's rights changed,
 * a password changed, a token revoked — takes effect within {@link #FRESH_FOR} on every server of a cluster, however
 * it was made (another server, plain SQL); no message between servers is needed. A change made through the
 * application on this server ({@link ApiTokens#revoke}, {@link Profiles}) empties this server's cache as its
 * transaction ends, so it takes effect here at once.
 *
 * <p>What is never cached: a refusal, and a password. Password checks stay in {@link Authenticator} (the account
 * lock included); the web tier remembers a verified password only under a salted digest, and only while the
 * {@linkplain Resolved#credentialsStamp() stamp} of the stored hash it was verified against is unchanged.
 */
@ApplicationScoped
public class CallerCache {

    /** How long a resolved caller or token is used before it is read again: the bound stated above. */
    public static final Duration FRESH_FOR = Duration.ofSeconds(5);

    /** Beyond this many entries the cache starts again empty (a flood of distinct tokens cannot grow it). */
    static final int MAX_ENTRIES = 10_000;

    private static final long FRESH_NANOS = FRESH_FOR.toNanos();

    /**
     * A resource's caller, and a digest of the password hash it was read with: a password remembered by the web tier
     * is honoured only while the stamp it was verified under is still the current one.
     */
    public record Resolved(Caller caller, String credentialsStamp) {}

    /** What a valid API token stands for. */
    public record TokenGrant(UUID tokenId, UUID resourceId, OffsetDateTime expiresOn) {

        public boolean isValidAt(OffsetDateTime now) {
            return expiresOn == null || expiresOn.isAfter(now);
        }
    }

    private record Entry<T>(T value, long readAt) {

        boolean isFresh(long now) {
            return now - readAt < FRESH_NANOS;
        }
    }

    private final Map<UUID, Entry<Resolved>> callers = new ConcurrentHashMap<>();
    private final Map<String, Entry<TokenGrant>> tokens = new ConcurrentHashMap<>();

    /**
     * Counts {@link #clear}s. A reader notes it before reading the database and stores what it read only if no clear
     * happened meanwhile: a reader that started before a change never stores the old state after the change.
     */
    private final AtomicLong generation = new AtomicLong();

    /**
     * When a reader began to read the database, and the {@link #generation} then: what it stores counts as read at
     * that moment, so an entry is never used longer than {@link #FRESH_FOR} after the database answered.
     */
    public record Read(long generation, long startedAt) {}

    @Resource
    TransactionSynchronizationRegistry transactions;

    /** Nanoseconds, as {@link System#nanoTime}; the unit test turns it by hand. */
    LongSupplier clock = System::nanoTime;

    /** Call this before reading what {@link #put} or {@link #putToken} will store. */
    public Read startRead() {
        return new Read(generation.get(), clock.getAsLong());
    }

    /** The resource's caller if it was read less than {@link #FRESH_FOR} ago; else null. */
    public Resolved caller(UUID resourceId) {
        return fresh(callers, resourceId);
    }

    /** What the token with this hash grants, if read less than {@link #FRESH_FOR} ago; else null. */
    public TokenGrant token(String tokenHash) {
        return fresh(tokens, tokenHash);
    }

    /**
     * The caller a token stands for, when both what the token grants and its resource's caller are fresh here and the
     * token has not expired; else null (read them with {@link ApiTokens#authenticate}).
     */
    public Caller callerOfToken(String tokenHash, OffsetDateTime now) {
        TokenGrant grant = token(tokenHash);
        if (grant == null || !grant.isValidAt(now)) {
            return null;
        }
        Resolved resolved = caller(grant.resourceId());
        return resolved == null ? null : resolved.caller();
    }

    /** Keeps a caller just read from the database, unless the cache was cleared since {@code read} began. */
    public void put(Read read, Resolved resolved) {
        store(callers, resolved.caller().resourceId(), resolved, read);
    }

    /** Keeps a valid token just read from the database, unless the cache was cleared since {@code read} began. */
    public void putToken(Read read, String tokenHash, TokenGrant grant) {
        store(tokens, tokenHash, grant, read);
    }

    /** Forgets everything now. */
    public void clear() {
        generation.incrementAndGet();
        callers.clear();
        tokens.clear();
    }

    /**
     * Forgets everything now and again when the current transaction ends, committed or not: for a service that
     * changes a resource, a group or a token. (Cleared only now, a call between now and the commit could read and keep
     * the state before the change.)
     */
    public void clearAtEndOfTransaction() {
        clear();
        if (transactions != null
                && transactions.getTransactionKey() != null
                && transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    // nothing to do before the commit
                }

                @Override
                public void afterCompletion(int status) {
                    clear();
                }
            });
        }
    }

    /** A digest of a stored password hash: changes whenever the password does (each hash has its own salt). */
    public static String stampOf(String passwordHash) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((passwordHash == null ? "" : passwordHash).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private <K, V> V fresh(Map<K, Entry<V>> map, K key) {
        Entry<V> entry = map.get(key);
        if (entry == null) {
            return null;
        }
        if (!entry.isFresh(clock.getAsLong())) {
            map.remove(key, entry);
            return null;
        }
        return entry.value();
    }

    private <K, V> void store(Map<K, Entry<V>> map, K key, V value, Read read) {
        if (generation.get() != read.generation()) {
            return;
        }
        if (map.size() >= MAX_ENTRIES) {
            map.clear();
        }
        Entry<V> entry = new Entry<>(value, read.startedAt());
        map.put(key, entry);
        // A clear between the check above and the put: take the entry back out.
        if (generation.get() != read.generation()) {
            map.remove(key, entry);
        }
    }
}
