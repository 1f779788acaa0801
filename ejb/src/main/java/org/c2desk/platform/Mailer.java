package org.c2desk.platform;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.Date;
import java.util.Properties;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Sends C2 Desk's e-mails through a Jakarta Mail session: the server's own mail resource when it defines one (JNDI
 * {@code mail/c2desk}, created by {@code server-config/30-mail.asadmin}; another name with
 * {@code c2desk.mail.session}), so the administrator sets the relay up where the server's other resources are;
 * otherwise a session built from MicroProfile Config ({@code c2desk.mail.smtp.host}, {@code .port},
 * {@code c2desk.mail.from}, optional user, password and STARTTLS), as in a fresh test domain. The resource is looked
 * up at each mail, so one created while the application runs is used from the next mail on.
 */
@ApplicationScoped
public class Mailer {

    @Inject
    AppConfig config;

    private Session configured;
    private InternetAddress configuredFrom;

    /** Which session a mail left through, for the log. */
    public record Route(Session session, InternetAddress from, String description) {}

    @PostConstruct
    void configure() {
        Properties properties = new Properties();
        properties.put("mail.transport.protocol", "smtp");
        properties.put("mail.smtp.host", config.mailHost());
        properties.put("mail.smtp.port", String.valueOf(config.mailPort()));
        properties.put("mail.smtp.connectiontimeout", "10000");
        properties.put("mail.smtp.timeout", "10000");
        properties.put("mail.smtp.writetimeout", "10000");
        properties.put("mail.smtp.starttls.enable", String.valueOf(config.mailStartTls()));
        properties.put("mail.smtp.starttls.required", String.valueOf(config.mailStartTls()));
        Authenticator authenticator = null;
        if (config.mailUser().isPresent()) {
            properties.put("mail.smtp.auth", "true");
            String user = config.mailUser().get();
            String password = config.mailPassword().orElse("");
            authenticator = new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(user, password);
                }
            };
        }
        configured = Session.getInstance(properties, authenticator);
        configuredFrom = address(config.mailFrom());
    }

    /** The server's mail session if it has one, else the one built from the configuration. */
    // The name comes from the application's own configuration, never from a request: no untrusted lookup.
    @SuppressWarnings("BanJNDI")
    public Route route() {
        String name = config.mailSession();
        try {
            Object found = new InitialContext().lookup(name);
            if (found instanceof Session server) {
                String from = server.getProperty("mail.from");
                return new Route(
                        server,
                        from == null || from.isBlank() ? configuredFrom : address(from),
                        "the server's mail session " + name);
            }
        } catch (NamingException e) {
            // No such resource: the configured session below.
        }
        return new Route(
                configured,
                configuredFrom,
                "the c2desk.mail.* settings (" + config.mailHost() + ":" + config.mailPort() + ")");
    }

    /** Sends a plain-text UTF-8 message to one address; says which session it left through. */
    public Route send(String to, String subject, String text) throws MessagingException {
        Route route = route();
        MimeMessage message = new MimeMessage(route.session());
        message.setFrom(route.from());
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to, true));
        message.setSubject(subject, "UTF-8");
        message.setText(text, "UTF-8");
        message.setSentDate(Date.from(Instant.now()));
        if (config.mailUser().isPresent()) {
            // The server's session has no password (it stays out of domain.xml); the configured one has its own too.
            Transport.send(
                    message, config.mailUser().get(), config.mailPassword().orElse(""));
        } else {
            Transport.send(message);
        }
        return route;
    }

    private static InternetAddress address(String address) {
        try {
            return new InternetAddress(address, "C2 Desk", "UTF-8");
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
