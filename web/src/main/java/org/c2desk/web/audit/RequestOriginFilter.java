package org.c2desk.web.audit;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.c2desk.audit.AuditChannel;
import org.c2desk.audit.ClientAddress;
import org.c2desk.audit.RequestOrigin;
import org.c2desk.platform.AppConfig;

/**
 * Tells the audit trail where each request comes from: the channel by its path, and the client's address. That is
 * the connection's address, or, when {@link AppConfig#TRUSTED_PROXY} says a reverse proxy stands in front, the
 * address that proxy appended to {@code X-Forwarded-For} ({@link ClientAddress}).
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class RequestOriginFilter extends HttpFilter {

    @Inject
    RequestOrigin origin;

    @Inject
    AppConfig config;

    /**
     * {@link AppConfig#trustedProxy()}, read when the application starts, like the database settings: a MicroProfile
     * Config lookup on every request cost a twentieth of an API call's CPU.
     */
    private boolean trustedProxy;

    @Override
    public void init() throws ServletException {
        trustedProxy = config.trustedProxy();
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        origin.set(
                channel(request.getRequestURI()
                        .substring(request.getContextPath().length())),
                ClientAddress.of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"), trustedProxy));
        chain.doFilter(request, response);
    }

    /** The channel a path belongs to; null for pages of no channel (sign-in, resources). */
    static AuditChannel channel(String path) {
        if (path.startsWith("/API/")) {
            return AuditChannel.C2_API;
        }
        if (path.startsWith("/api/v1/")) {
            return AuditChannel.REST_API;
        }
        if (path.startsWith("/console/")) {
            return AuditChannel.CONSOLE;
        }
        if (path.startsWith("/portal/")) {
            return AuditChannel.PORTAL;
        }
        return null;
    }
}
