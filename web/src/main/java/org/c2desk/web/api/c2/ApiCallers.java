package org.c2desk.web.api.c2;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.c2desk.security.AuthenticationFailedException;
import org.c2desk.security.Authenticator;
import org.c2desk.security.Caller;

/**
 * Who calls the C2 API. Credentials as the C2 documentation shows them ({@code username}/{@code password} in the
 * query, or in the body in either spelling), or HTTP Basic so new scripts need not put passwords in URLs.
 *
 * <p>Checking a PBKDF2 hash costs on purpose (about 0.1 s of CPU), and C2 scripts send their password with every
 * call; a successful check is therefore remembered for {@link #REMEMBERED} in this server's memory, under a salted
 * digest of the credentials (never the password itself). Permissions are re-read on every call.
 */
@ApplicationScoped
public class ApiCallers {

    static final Duration REMEMBERED = Duration.ofMinutes(5);
    private static final int MAX_REMEMBERED = 10_000;

    private final byte[] salt = new byte[32];
    private final Map<String, Remembered> remembered = new ConcurrentHashMap<>();

    @EJB
    Authenticator authenticator;

    private record Remembered(UUID resourceId, Instant until) {
    }

    public ApiCallers() {
        new SecureRandom().nextBytes(salt);
    }

    public Caller identify(MultivaluedMap<String, String> query, C2Body body, HttpHeaders headers) {
        Credentials credentials = Credentials.from(query, body, headers)
                .orElseThrow(() -> new ApiAuthenticationException(
                        "Credentials are required: username and password (query or body), or HTTP Basic"));
        String key = key(credentials);
        Remembered known = remembered.get(key);
        if (known != null && known.until().isAfter(Instant.now())) {
            return authenticator.callerFor(known.resourceId());
        }
        try {
            Caller caller = authenticator.authenticateResource(credentials.userName(), credentials.password().toCharArray());
            if (remembered.size() >= MAX_REMEMBERED) {
                remembered.clear();
            }
            remembered.put(key, new Remembered(caller.resourceId(), Instant.now().plus(REMEMBERED)));
            return caller;
        } catch (AuthenticationFailedException e) {
            throw new ApiAuthenticationException(e.getMessage());
        }
    }

    private String key(Credentials credentials) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(salt);
            digest.update(credentials.userName().toLowerCase().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(credentials.password().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** A user name and password, from wherever the caller put them. */
    record Credentials(String userName, String password) {

        static Optional<Credentials> from(MultivaluedMap<String, String> query, C2Body body, HttpHeaders headers) {
            String user = first(query, "username", "UserName", "Username", "userName");
            String password = first(query, "password", "Password");
            if (user == null && body != null) {
                user = body.anyText("username", "UserName", "Username", "userName").orElse(null);
                password = body.anyText("password", "Password").orElse(null);
            }
            if (user == null) {
                String authorization = headers.getHeaderString(HttpHeaders.AUTHORIZATION);
                if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
                    String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()),
                            StandardCharsets.UTF_8);
                    int colon = decoded.indexOf(':');
                    if (colon > 0) {
                        user = decoded.substring(0, colon);
                        password = decoded.substring(colon + 1);
                    }
                }
            }
            return user == null || user.isBlank() || password == null
                    ? Optional.empty()
                    : Optional.of(new Credentials(user.trim(), password));
        }

        private static String first(MultivaluedMap<String, String> query, String... names) {
            for (String name : names) {
                String value = query.getFirst(name);
                if (value != null) {
                    return value;
                }
            }
            return null;
        }
    }
}
