package org.c2desk.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.c2desk.security.ApiTokenFormat;
import org.c2desk.security.ApiTokens;
import org.c2desk.security.AuthenticationFailedException;
import org.c2desk.security.Caller;
import org.c2desk.security.CallerCache;

/**
 * Sign-ins by API token ({@code Authorization: Bearer c2d_...}) for both APIs. A token used less than
 * {@link CallerCache#FRESH_FOR} ago on this server is answered from the {@link CallerCache}, without a transaction or
 * a query; otherwise {@link ApiTokens#authenticate} reads it (one look-up of its hash) and keeps it there.
 */
@ApplicationScoped
public class TokenLogins {

    @EJB
    ApiTokens tokens;

    @Inject
    CallerCache cache;

    /**
     * The caller the token stands for.
     *
     * @throws AuthenticationFailedException for a malformed, unknown, revoked or expired token, or one of an inactive
     *         resource, all alike
     */
    public Caller signIn(String token) {
        if (ApiTokenFormat.looksLikeToken(token)) {
            Caller cached = cache.callerOfToken(ApiTokenFormat.hash(token), OffsetDateTime.now(ZoneOffset.UTC));
            if (cached != null) {
                return cached;
            }
        }
        return tokens.authenticate(token);
    }
}
