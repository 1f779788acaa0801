package org.c2desk.web.api.v1;

import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;
import org.c2desk.security.Caller;

/** Who calls /api/v1 and how they proved it; set by {@link AuthenticationFilter}, read by the resources. */
public record ApiPrincipal(Caller caller, boolean byToken) implements Principal {

    @Override
    public String getName() {
        return caller.userName();
    }

    /** The caller of the request (the filter guarantees one on every resource method). */
    public static ApiPrincipal of(SecurityContext security) {
        return (ApiPrincipal) security.getUserPrincipal();
    }
}
