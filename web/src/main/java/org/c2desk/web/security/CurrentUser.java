package org.c2desk.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.c2desk.platform.NotFoundException;
import org.c2desk.security.Caller;
import org.c2desk.security.PortalClient;

/** The person signed in to this request's session, for the views. */
@RequestScoped
public class CurrentUser {

    @Inject
    HttpServletRequest request;

    public SignedInUser get() {
        return AreaAuthenticationMechanism.current(request);
    }

    /** The console's resource; the console's pages are reachable only by resources (web.xml). */
    public Caller caller() {
        SignedInUser user = get();
        if (user == null || user.caller() == null) {
            throw new NotFoundException("Session", "resource");
        }
        return user.caller();
    }

    public PortalClient client() {
        SignedInUser user = get();
        if (user == null || user.client() == null) {
            throw new NotFoundException("Session", "client");
        }
        return user.client();
    }
}
