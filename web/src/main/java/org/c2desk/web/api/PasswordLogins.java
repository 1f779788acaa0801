package org.c2desk.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.c2desk.security.AuthenticationFailedException;
import org.c2desk.security.Authenticator;
import org.c2desk.security.Caller;

/**
 * Resource sign-ins by user name and password for the APIs (the C2 API and /api/v1).
 *
 * <p>Checking a PBKDF2 hash costs on purpose (about 0.1 s of CPU), and API scripts send their password with every
 * call; a successful check is therefore remembered for {@link #REMEMBERED} in this server's memory, under a salted
 * digest of the credentials (never the password itself). Permissions are re-read on every call.
 */
@ApplicationScoped
public class PasswordLogins {

    public static final Duration REMEMBERED = Duration.ofMinutes(5);
    private static final int MAX_REMEMBERED = 10_000;

    private final byte[] salt = new byte[32];
    private final Map<String, Remembered> remembered = new ConcurrentHashMap<>();

    @EJB
    Authenticator authenticator;

    private record Remembered(UUID resourceId, Instant until) {
    }

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
        if (known != null && known.until().isAfter(Instant.now())) {
            return authenticator.callerFor(known.resourceId());
        }
        Caller caller = authenticator.authenticateResource(userName, password.toCharArray());
        if (remembered.size() >= MAX_REMEMBERED) {
            remembered.clear();
        }
        remembered.put(key, new Remembered(caller.resourceId(), Instant.now().plus(REMEMBERED)));
        return caller;
    }

    private String key(String userName, String password) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(salt);
            digest.update(userName.toLowerCase().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(password.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
