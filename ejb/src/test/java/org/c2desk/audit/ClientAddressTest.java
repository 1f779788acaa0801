package org.c2desk.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ClientAddressTest {

    @Test
    void forwardedForIsIgnoredWithoutATrustedProxy() {
        assertEquals("10.0.0.5", ClientAddress.of("10.0.0.5", "203.0.113.66", false));
    }

    @Test
    void behindATrustedProxyTheAddressItAppendedIsRecordedNotTheClientsClaim() {
        assertEquals("198.51.100.7", ClientAddress.of("10.0.0.1", "203.0.113.66, 198.51.100.7", true));
        assertEquals("2001:db8::1", ClientAddress.of("10.0.0.1", " 2001:db8::1 ", true));
        assertEquals("10.0.0.1", ClientAddress.of("10.0.0.1", null, true), "no header: the connection's");
        assertEquals("10.0.0.1", ClientAddress.of("10.0.0.1", "  ", true));
        assertEquals("10.0.0.1", ClientAddress.of("10.0.0.1", "203.0.113.66, ", true), "an empty last hop");
    }
}
