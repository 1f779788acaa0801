package org.c2desk.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.c2desk.web.security.Area;

/**
 * {@code #{errorPage.portal}}: whether an error page shows in the portal's look. web.xml's error pages and OmniFaces'
 * FullAjaxExceptionHandler name one page per error for the whole application, so the page asks which area the failed
 * request was in: the servlet container and OmniFaces both leave its address in {@code jakarta.servlet.error.request_uri}.
 */
@Named
@RequestScoped
public class ErrorPage {

    @Inject
    HttpServletRequest request;

    public boolean isPortal() {
        return Area.of(failedPath(request)) == Area.PORTAL;
    }

    /** The path of the request that failed, inside the application; the error page's own when opened directly. */
    static String failedPath(HttpServletRequest request) {
        String uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String failed
                ? failed
                : request.getRequestURI();
        String context = request.getContextPath();
        return context != null && uri.startsWith(context) ? uri.substring(context.length()) : uri;
    }
}
