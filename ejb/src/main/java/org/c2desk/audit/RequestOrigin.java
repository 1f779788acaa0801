package org.c2desk.audit;

import jakarta.enterprise.context.RequestScoped;
import java.io.Serializable;

/**
 * Where the current HTTP request comes from, for the audit trail: the channel (by path) and the client's address.
 * The web tier fills it once per request (a servlet filter); the services never see HTTP types. Outside a request
 * (batch jobs) there is no such bean and {@link AuditLog} records the channel it is given, or SYSTEM.
 */
@RequestScoped
public class RequestOrigin implements Serializable {

    /** The longest address kept (an IPv6 address with a zone fits). */
    public static final int ADDRESS_LENGTH = 64;

    private AuditChannel channel;
    private String address;

    public void set(AuditChannel channel, String address) {
        this.channel = channel;
        this.address = address == null
                ? null
                : address.length() > ADDRESS_LENGTH ? address.substring(0, ADDRESS_LENGTH) : address;
    }

    public AuditChannel channel() {
        return channel;
    }

    public String address() {
        return address;
    }
}
