package org.c2desk.audit;

/** Which address the audit trail records for an HTTP request. Pure, so it is tested without a server. */
public final class ClientAddress {

    private ClientAddress() {}

    /**
     * The connection's address; or, behind a trusted reverse proxy, the last entry of {@code X-Forwarded-For}: the one
     * that proxy appended (the entries before it come from the client and prove nothing). Without a trusted proxy the
     * header, which anyone can send, is ignored.
     */
    public static String of(String remoteAddress, String forwardedFor, boolean trustedProxy) {
        if (trustedProxy && forwardedFor != null && !forwardedFor.isBlank()) {
            String[] hops = forwardedFor.split(",", -1);
            String last = hops[hops.length - 1].strip();
            if (!last.isEmpty()) {
                return last;
            }
        }
        return remoteAddress;
    }
}
