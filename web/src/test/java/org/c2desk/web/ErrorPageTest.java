package org.c2desk.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The error page's area is the area of the request that failed, not that of the error page's own address. */
class ErrorPageTest {

    /** The error page as shown for a request at {@code uri} (in the application at {@code context}) that failed. */
    private static ErrorPage after(String context, String failedUri) {
        Map<String, Object> attributes =
                failedUri == null ? Map.of() : Map.of(RequestDispatcher.ERROR_REQUEST_URI, failedUri);
        ErrorPage page = new ErrorPage();
        page.request = (HttpServletRequest) Proxy.newProxyInstance(
                ErrorPageTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getContextPath" -> context;
                    case "getRequestURI" -> context + "/error.xhtml";
                    case "getAttribute" -> attributes.get((String) args[0]);
                    default -> throw new UnsupportedOperationException("this fake does not answer " + method.getName());
                });
        return page;
    }

    @Test
    void aPortalRequestsErrorShowsInThePortal() {
        assertTrue(after("", "/portal/ticket.xhtml").isPortal());
        assertTrue(after("/c2desk", "/c2desk/portal/ticket.xhtml").isPortal(), "under a context path too");
    }

    @Test
    void anyOtherRequestsErrorShowsInTheConsole() {
        assertFalse(after("", "/console/tickets.xhtml").isPortal());
        assertFalse(after("/c2desk", "/c2desk/console/portal/x.xhtml").isPortal(), "the area is the first segment");
        assertFalse(after("", "/nothing.xhtml").isPortal());
    }

    @Test
    void anErrorPageOpenedDirectlyIsTheConsoles() {
        assertFalse(after("/c2desk", null).isPortal());
    }
}
