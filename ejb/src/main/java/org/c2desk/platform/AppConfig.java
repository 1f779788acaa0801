package org.c2desk.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
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
    /** The address clients reach C2 Desk at, for links in e-mails (no trailing slash). */
    public static final String BASE_URL = "c2desk.base-url";

    public static final String MAIL_SMTP_HOST = "c2desk.mail.smtp.host";
    public static final String MAIL_SMTP_PORT = "c2desk.mail.smtp.port";
    public static final String MAIL_FROM = "c2desk.mail.from";
    public static final String MAIL_SMTP_USER = "c2desk.mail.smtp.user";
    public static final String MAIL_SMTP_PASSWORD = "c2desk.mail.smtp.password";
    public static final String MAIL_SMTP_STARTTLS = "c2desk.mail.smtp.starttls";
    /**
     * True when C2 Desk is reached only through a reverse proxy that sets {@code X-Forwarded-For}: the audit trail
     * then records the address the proxy saw. Otherwise that header, which anyone can send, is ignored.
     */
    public static final String TRUSTED_PROXY = "c2desk.http.trusted-proxy";
    /** JNDI name of the server's mail session (server-config/30-mail.asadmin); the c2desk.mail.* keys otherwise. */
    public static final String MAIL_SESSION = "c2desk.mail.session";

    /** How the installation runs: demo data and demo passwords, or neither. */
    public enum Mode {
        DEMO,
        PRODUCTION;

        static Mode parse(String value) {
            return switch (value.trim().toLowerCase(Locale.ROOT)) {
                case "demo" -> DEMO;
                case "production", "prod" -> PRODUCTION;
                default ->
                    throw new IllegalStateException("C2 Desk: unknown mode '" + value + "' in " + MODE
                            + " (C2DESK_MODE): expected demo or production");
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

    public String baseUrl() {
        String url = config.getOptionalValue(BASE_URL, String.class)
                .orElse("http://localhost:8080")
                .strip();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    public String mailHost() {
        return config.getOptionalValue(MAIL_SMTP_HOST, String.class).orElse("localhost");
    }

    public int mailPort() {
        return config.getOptionalValue(MAIL_SMTP_PORT, Integer.class).orElse(2525);
    }

    public String mailFrom() {
        return config.getOptionalValue(MAIL_FROM, String.class).orElse("c2desk@localhost");
    }

    public Optional<String> mailUser() {
        return config.getOptionalValue(MAIL_SMTP_USER, String.class).filter(u -> !u.isBlank());
    }

    /** The SMTP password, if the server wants one; never logged. */
    public Optional<String> mailPassword() {
        return config.getOptionalValue(MAIL_SMTP_PASSWORD, String.class);
    }

    public String mailSession() {
        return config.getOptionalValue(MAIL_SESSION, String.class)
                .filter(n -> !n.isBlank())
                .orElse("mail/c2desk");
    }

    public boolean mailStartTls() {
        return config.getOptionalValue(MAIL_SMTP_STARTTLS, Boolean.class).orElse(false);
    }

    public boolean trustedProxy() {
        return config.getOptionalValue(TRUSTED_PROXY, Boolean.class).orElse(false);
    }
}
