package org.c2desk.web.security;

import java.io.Serializable;
import java.util.Set;
import org.c2desk.security.Caller;
import org.c2desk.security.CallerCache;
import org.c2desk.security.PortalClient;

/**
 * Who is signed in to this HTTP session: a resource of the console or a client of the portal, never both. Kept in
 * the session (serializable, so a cluster can replicate it). A resource's session also keeps the stamp of the
 * password hash it signed in with ({@link CallerCache#stampOf}): once the password changes, the session ends.
 */
public record SignedInUser(Area area, String userName, Caller caller, String credentialsStamp, PortalClient client)
        implements Serializable {

    public static final String SESSION_KEY = SignedInUser.class.getName();

    public static SignedInUser resource(CallerCache.Resolved resolved) {
        return new SignedInUser(
                Area.CONSOLE, resolved.caller().userName(), resolved.caller(), resolved.credentialsStamp(), null);
    }

    public static SignedInUser client(PortalClient client) {
        return new SignedInUser(Area.PORTAL, client.userName(), null, null, client);
    }

    /** This resource's session with what its groups give it now. */
    public SignedInUser withCaller(Caller now) {
        return new SignedInUser(area, now.userName(), now, credentialsStamp, client);
    }

    /** The container groups (mapped one to one to the roles of web.xml). */
    public Set<String> groups() {
        if (area == Area.PORTAL) {
            return Set.of(Roles.CLIENT);
        }
        return caller.administrator() ? Set.of(Roles.RESOURCE, Roles.ADMIN) : Set.of(Roles.RESOURCE);
    }
}
