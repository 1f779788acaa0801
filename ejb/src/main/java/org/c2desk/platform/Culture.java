package org.c2desk.platform;

import java.util.Locale;

/** The two cultures the product speaks, with the codes the C2 API uses (PreferedCulture). */
public enum Culture {
    EN_US("en-US", Locale.CANADA),
    FR_CA("fr-CA", Locale.CANADA_FRENCH);

    private final String code;
    private final Locale locale;

    Culture(String code, Locale locale) {
        this.code = code;
        this.locale = locale;
    }

    public String code() {
        return code;
    }

    public Locale locale() {
        return locale;
    }

    public static Culture ofCode(String code) {
        for (Culture culture : values()) {
            if (culture.code.equalsIgnoreCase(code)) {
                return culture;
            }
        }
        throw new IllegalArgumentException("Unknown culture '" + code + "': expected en-US or fr-CA");
    }
}
