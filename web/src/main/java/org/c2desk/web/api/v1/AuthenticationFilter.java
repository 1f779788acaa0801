package org.c2desk.web.api.v1;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.security.Principal;
import java.util.Optional;
import org.c2desk.platform.NotFoundException;
import org.c2desk.security.AuthenticationFailedException;
import org.c2desk.security.Caller;
import org.c2desk.web.api.BasicCredentials;
import org.c2desk.web.api.PasswordLogins;
import org.c2desk.web.api.TokenLogins;

/**
 * Every /api/v1 call names its caller: {@code Authorization: Bearer c2d_...} (a personal API token) or HTTP Basic
 * (a resource's user name and password). Without either, or with wrong ones, the answer is a 401 problem with
 * {@code WWW-Authenticate}; an unknown, revoked or expired token gets the same answer.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class AuthenticationFilter implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        Caller caller;
        boolean byToken = false;
        try {
            if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
                caller = CDI.current()
                        .select(TokenLogins.class)
                        .get()
                        .signIn(authorization.substring(7).trim());
                byToken = true;
            } else {
                Optional<BasicCredentials> basic = BasicCredentials.fromHeader(authorization);
                if (basic.isEmpty()) {
                    request.abortWith(Problems.unauthorized("Send an API token (Authorization: Bearer c2d_...)"
                            + " or a user name and password (HTTP Basic)"));
                    return;
                }
                caller = CDI.current()
                        .select(PasswordLogins.class)
                        .get()
                        .signIn(basic.get().userName(), basic.get().password());
            }
        } catch (AuthenticationFailedException | NotFoundException e) {
            request.abortWith(Problems.unauthorized(
                    byToken || authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                            ? "The token is unknown, revoked or expired"
                            : e.getMessage()));
            return;
        } catch (RuntimeException e) {
            Throwable cause = ProblemMapper.unwrap(e);
            if (cause instanceof AuthenticationFailedException || cause instanceof NotFoundException) {
                request.abortWith(Problems.unauthorized(
                        authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                                ? "The token is unknown, revoked or expired"
                                : cause.getMessage()));
                return;
            }
            throw e;
        }
        ApiPrincipal principal = new ApiPrincipal(caller, byToken);
        boolean secure = request.getSecurityContext() != null
                && request.getSecurityContext().isSecure();
        request.setSecurityContext(new SecurityContext() {
            @Override
            public Principal getUserPrincipal() {
                return principal;
            }

            @Override
            public boolean isUserInRole(String role) {
                return false;
            }

            @Override
            public boolean isSecure() {
                return secure;
            }

            @Override
            public String getAuthenticationScheme() {
                return principal.byToken() ? "Bearer" : SecurityContext.BASIC_AUTH;
            }
        });
    }
}
