package org.c2desk.web.security;

/** Role names of web.xml; the authentication mechanism hands them to the container as groups. */
public final class Roles {

    public static final String RESOURCE = "resource";
    public static final String ADMIN = "admin";
    public static final String CLIENT = "client";

    private Roles() {}
}
