package org.c2desk.platform;

import jakarta.json.spi.JsonProvider;

/**
 * The one JSON-P provider of the application. {@code JSON.createObjectBuilder()} and its siblings look the provider
 * up again on every call (a service-loader scan of the class path, then of Payara's OSGi bundles), which cost the C2
 * API more than half of its CPU time; a provider is thread-safe, so one, found once, serves every call.
 */
public final class Jsonp {

    /** Use as {@code JSON.createObjectBuilder()}, {@code JSON.createValue(...)}, {@code JSON.createReader(...)}. */
    public static final JsonProvider JSON = JsonProvider.provider();

    private Jsonp() {}
}
