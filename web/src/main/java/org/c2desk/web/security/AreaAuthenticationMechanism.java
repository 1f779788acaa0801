package org.c2desk.web.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.c2desk.platform.NotFoundException;
import org.c2desk.security.AuthenticationFailedException;
import org.c2desk.security.Authenticator;
import org.c2desk.security.CallerCache;

/**
 * Form sign-in for the two areas: resources sign in to {@code /console}, clients with portal access to
 * {@code /portal}. A session belongs to one area; a client's session never opens a console page (it is sent to the
 * console's sign-in page) and the APIs never look at sessions at all. A portal session ends at its next request once
 * the client's password has changed since it signed in (a reset link used elsewhere, say). A console session follows
 * its resource within {@link org.c2desk.security.CallerCache#FRESH_FOR}, on every server of a cluster: it ends once
 * the resource is deactivated or its password changes, and takes the rights its groups give now (an administrator
 * who adds or removes a membership does not wait for the agent's next sign-in).
 */
@ApplicationScoped
public class AreaAuthenticationMechanism implements HttpAuthenticationMechanism {

    @EJB
    Authenticator authenticator;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        Area area = Area.of(pathOf(request));
        if (context.isAuthenticationRequest()) {
            return signIn(request, context, area);
        }
        SignedInUser user = current(request);
        if (user != null
                && user.area() == Area.PORTAL
                && area == Area.PORTAL
                && !authenticator.isClientSessionCurrent(user.client())) {
            // The password changed (or the account closed) since this session signed in: it ends here, and the
            // client signs in again with the new password.
            request.getSession().invalidate();
            user = null;
        }
        if (user != null && user.area() == Area.CONSOLE && area == Area.CONSOLE) {
            user = current(request, user);
        }
        if (user != null && user.area() == area) {
            return context.notifyContainerAboutLogin(user::userName, user.groups());
        }
        if (context.isProtected() && area != null) {
            return context.redirect(request.getContextPath() + area.loginPage());
        }
        return context.doNothing();
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SignedInUser.SESSION_KEY);
        }
    }

    private AuthenticationStatus signIn(HttpServletRequest request, HttpMessageContext context, Area area) {
        Credential credential = context.getAuthParameters().getCredential();
        if (!(credential instanceof UsernamePasswordCredential password) || area == null) {
            return context.responseUnauthorized();
        }
        try {
            SignedInUser user = area == Area.CONSOLE
                    ? SignedInUser.resource(authenticator.verifyResource(
                            password.getCaller(), password.getPassword().getValue()))
                    : SignedInUser.client(authenticator.authenticateClient(
                            password.getCaller(), password.getPassword().getValue()));
            // A new session id at sign-in, so a session id planted before it is worth nothing after.
            request.getSession(true);
            request.changeSessionId();
            request.getSession().setAttribute(SignedInUser.SESSION_KEY, user);
            return context.notifyContainerAboutLogin(user::userName, user.groups());
        } catch (AuthenticationFailedException e) {
            request.setAttribute(AuthenticationFailedException.class.getName(), e);
            return AuthenticationStatus.SEND_FAILURE;
        }
    }

    /**
     * A console session as its resource stands now (read at most {@link org.c2desk.security.CallerCache#FRESH_FOR}
     * ago), or null, the session ended, when the resource is gone, inactive, or has another password.
     */
    private SignedInUser current(HttpServletRequest request, SignedInUser user) {
        CallerCache.Resolved now;
        try {
            now = authenticator.resolve(user.caller().resourceId());
        } catch (NotFoundException e) {
            now = null;
        }
        if (now == null || !now.credentialsStamp().equals(user.credentialsStamp())) {
            request.getSession().invalidate();
            return null;
        }
        if (!now.caller().equals(user.caller())) {
            SignedInUser updated = user.withCaller(now.caller());
            request.getSession().setAttribute(SignedInUser.SESSION_KEY, updated);
            return updated;
        }
        return user;
    }

    static SignedInUser current(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? null : (SignedInUser) session.getAttribute(SignedInUser.SESSION_KEY);
    }

    private static String pathOf(HttpServletRequest request) {
        String path = request.getServletPath();
        return request.getPathInfo() == null ? path : path + request.getPathInfo();
    }
}
