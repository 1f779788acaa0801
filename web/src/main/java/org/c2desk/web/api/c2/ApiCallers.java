package org.c2desk.web.api.c2;

import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.Optional;
import org.c2desk.security.AuthenticationFailedException;
import org.c2desk.security.Caller;
import org.c2desk.web.api.BasicCredentials;
import org.c2desk.web.api.PasswordLogins;
import org.c2desk.web.api.TokenLogins;

/**
 * Who calls the C2 API. Credentials as the C2 documentation shows them ({@code username}/{@code password} in the
 * query, or in the body in either spelling), or HTTP Basic so new scripts need not put passwords in URLs. Checking
 * them (and remembering a success for a few minutes) is {@link PasswordLogins}'s, shared with /api/v1. A personal API
 * token of /api/v1 ({@code Authorization: Bearer c2d_...}) works too, checked by {@link TokenLogins}.
 */
@ApplicationScoped
public class ApiCallers {

    @Inject
    PasswordLogins logins;

    @Inject
    TokenLogins tokens;

    /**
     * The caller named by the request: a user name and password in the query or the body (as documented) come
     * first; otherwise the Authorization header, a Bearer API token or HTTP Basic.
     */
    public Caller identify(MultivaluedMap<String, String> query, C2Body body, HttpHeaders headers) {
        String bearer = Credentials.bearer(query, body, headers);
        if (bearer != null) {
            try {
                return tokens.signIn(bearer);
            } catch (AuthenticationFailedException e) {
                throw badToken();
            } catch (EJBException e) {
                if (e.getCause() instanceof AuthenticationFailedException) {
                    throw badToken();
                }
                throw e;
            }
        }
        Credentials credentials = Credentials.from(query, body, headers)
                .orElseThrow(() -> new ApiAuthenticationException(
                        "Credentials are required: username and password (query or body), HTTP Basic, or an API"
                                + " token (Authorization: Bearer c2d_...)"));
        try {
            return logins.signIn(credentials.userName(), credentials.password());
        } catch (AuthenticationFailedException e) {
            throw new ApiAuthenticationException(e.getMessage());
        }
    }

    private static ApiAuthenticationException badToken() {
        return new ApiAuthenticationException("The API token is unknown, revoked or expired");
    }

    /** A user name and password, from wherever the caller put them. */
    record Credentials(String userName, String password) {

        /** The token of {@code Authorization: Bearer ...} when the query and body name no user; else null. */
        static String bearer(MultivaluedMap<String, String> query, C2Body body, HttpHeaders headers) {
            String authorization = headers.getHeaderString(HttpHeaders.AUTHORIZATION);
            if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
                return null;
            }
            if (first(query, "username", "UserName", "Username", "userName") != null
                    || (body != null
                            && body.anyText("username", "UserName", "Username", "userName")
                                    .isPresent())) {
                return null;
            }
            return authorization.substring(7).trim();
        }

        static Optional<Credentials> from(MultivaluedMap<String, String> query, C2Body body, HttpHeaders headers) {
            String user = first(query, "username", "UserName", "Username", "userName");
            String password = first(query, "password", "Password");
            if (user == null && body != null) {
                user = body.anyText("username", "UserName", "Username", "userName")
                        .orElse(null);
                password = body.anyText("password", "Password").orElse(null);
            }
            if (user == null) {
                Optional<BasicCredentials> basic =
                        BasicCredentials.fromHeader(headers.getHeaderString(HttpHeaders.AUTHORIZATION));
                if (basic.isPresent()) {
                    user = basic.get().userName();
                    password = basic.get().password();
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
