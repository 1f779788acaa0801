package org.c2desk.web.api;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.c2desk.platform.NotFoundException;
import org.c2desk.security.AuthenticationFailedException;
import org.c2desk.security.Authenticator;
import org.c2desk.security.Caller;
import org.c2desk.security.CallerCache;

/**
 * Resource sign-ins by user name and password for the APIs (the C2 API and /api/v1).
 *
 * <p>Checking a PBKDF2 hash costs on purpose (about 0.1 s of CPU), and API scripts send their password with every
 * call; a successful check is therefore remembered for {@link #REMEMBERED} in this server's memory, under a salted
 * digest of the credentials (never the password itself), with the stamp of the stored hash it was checked against.
 * Only a success is remembered: a wrong password has another digest and is always checked (and counted towards the
 * lock). A remembered password signs in only while the resource is active and its stored hash is the same, as the
 * {@link CallerCache} knows them: so a deactivation or a password change ends it within
 * {@link CallerCache#FRESH_FOR} on every server, and the caller's permissions are at most that old.
 */
@ApplicationScoped
public class PasswordLogins {

    public static final Duration REMEMBERED = Duration.ofMinutes(5);
    private static final int MAX_REMEMBERED = 10_000;

    private final byte[] salt = new byte[32];
    private final Map<String, Remembered> remembered = new ConcurrentHashMap<>();

    @EJB
    Authenticator authenticator;

    @Inject
    CallerCache cache;

    private record Remembered(UUID resourceId, String credentialsStamp, Instant until) {}

    public PasswordLogins() {
        new SecureRandom().nextBytes(salt);
    }

    /**
     * The caller these credentials sign in, with the permissions its groups give now.
     *
     * @throws AuthenticationFailedException for wrong credentials or a locked account
     */
    public Caller signIn(String userName, String password) {
        String key = key(userName, password);
        Remembered known = remembered.get(key);
        if (known != null) {
            CallerCache.Resolved current = known.until().isAfter(Instant.now()) ? current(known.resourceId()) : null;
            if (current != null && current.credentialsStamp().equals(known.credentialsStamp())) {
                return current.caller();
            }
            remembered.remove(key, known); // expired, deactivated or another password: check it again
        }
        CallerCache.Resolved verified = authenticator.verifyResource(userName, password.toCharArray());
        if (remembered.size() >= MAX_REMEMBERED) {
            remembered.clear();
        }
        remembered.put(
                key,
                new Remembered(
                        verified.caller().resourceId(),
                        verified.credentialsStamp(),
                        Instant.now().plus(REMEMBERED)));
        return verified.caller();
    }

    /** The resource's caller and password stamp, from the cache when fresh; null when it is gone or inactive. */
    private CallerCache.Resolved current(UUID resourceId) {
        CallerCache.Resolved cached = cache.caller(resourceId);
        if (cached != null) {
            return cached;
        }
        try {
            return authenticator.resolve(resourceId);
        } catch (NotFoundException e) {
            return null;
        } catch (EJBException e) {
            if (e.getCause() instanceof NotFoundException) {
                return null;
            }
            throw e;
        }
    }

    private String key(String userName, String password) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(salt);
            digest.update(userName.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(password.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
