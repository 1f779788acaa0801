package org.c2desk.imports;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.UUID;

/**
 * This server as an owner of import runs: its node (host name and instance directory, the same across its restarts)
 * and its boot (new at each start of the application). A RUNNING run whose node is this one but whose boot is not
 * was left by a crash of this very server.
 */
public final class ImportNode {

    /** The host and the Payara instance directory: one per server of a cluster, stable across restarts. */
    public static final String NODE = node();
    /** This start of the application. */
    public static final UUID BOOT = UUID.randomUUID();

    private ImportNode() {}

    private static String node() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = System.getenv().getOrDefault("HOSTNAME", "localhost");
        }
        String instance = System.getProperty(
                "com.sun.aas.instanceRoot", System.getProperty("com.sun.aas.instanceName", "server"));
        String node = host + ":" + instance;
        return node.length() > 300 ? node.substring(node.length() - 300) : node;
    }
}
