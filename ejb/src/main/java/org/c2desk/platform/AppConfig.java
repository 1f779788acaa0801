package org.c2desk.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * Every setting of C2 Desk, read through MicroProfile Config. Each key can be set as an environment variable
 * (upper case, dots as underscores: {@code C2DESK_DB_URL}), a system property or {@code asadmin set-config-property}.
 */
@ApplicationScoped
public class AppConfig {

    public static final String DB_URL = "c2desk.db.url";
    public static final String DB_USER = "c2desk.db.user";
    public static final String MODE = "c2desk.mode";
    public static final String ADMIN_USER_NAME = "c2desk.admin.username";
    public static final String ADMIN_PASSWORD = "c2desk.admin.password";

    /** How the installation runs: demo data and demo passwords, or neither. */
    public enum Mode {
        DEMO,
        PRODUCTION;

        static Mode parse(String value) {
            return switch (value.trim().toLowerCase()) {
                case "demo" -> DEMO;
                case "production", "prod" -> PRODUCTION;
                default -> throw new IllegalStateException(
                        "C2 Desk: unknown mode '" + value + "' in " + MODE + " (C2DESK_MODE): expected demo or production");
            };
        }
    }

    @Inject
    Config config;

    public Mode mode() {
        return Mode.parse(config.getOptionalValue(MODE, String.class).orElse("production"));
    }

    public String databaseUrl() {
        return config.getOptionalValue(DB_URL, String.class).orElse("(not set)");
    }

    public String databaseUser() {
        return config.getOptionalValue(DB_USER, String.class).orElse("");
    }

    public String adminUserName() {
        return config.getOptionalValue(ADMIN_USER_NAME, String.class).orElse("admin");
    }

    /** The first administrator's password in production; never logged. */
    public Optional<String> adminPassword() {
        return config.getOptionalValue(ADMIN_PASSWORD, String.class).filter(p -> !p.isBlank());
    }
}
