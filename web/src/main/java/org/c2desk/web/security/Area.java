package org.c2desk.web.security;

/** The two audiences of the web module, each with its own sign-in page and its own people. */
public enum Area {
    CONSOLE("/console/", "/console/login.xhtml"),
    PORTAL("/portal/", "/portal/login.xhtml");

    private final String pathPrefix;
    private final String loginPage;

    Area(String pathPrefix, String loginPage) {
        this.pathPrefix = pathPrefix;
        this.loginPage = loginPage;
    }

    public String loginPage() {
        return loginPage;
    }

    /** The area a servlet path belongs to, or null for paths outside both (the APIs, static resources). */
    public static Area of(String servletPathAndInfo) {
        for (Area area : values()) {
            if (servletPathAndInfo.startsWith(area.pathPrefix)) {
                return area;
            }
        }
        return null;
    }
}
