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
import java.util.Properties;

/**
 * Sends C2 Desk's e-mails through one Jakarta Mail session, set up from MicroProfile Config
 * ({@code c2desk.mail.smtp.host}, {@code .port}, {@code c2desk.mail.from}, optional user, password and STARTTLS) so
 * the same EAR talks to the embedded run's local SMTP server and to a production relay by environment variables.
 */
@ApplicationScoped
public class Mailer {

    @Inject
    AppConfig config;

    private Session session;
    private InternetAddress from;

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
        session = Session.getInstance(properties, authenticator);
        try {
            from = new InternetAddress(config.mailFrom(), "C2 Desk", "UTF-8");
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sends a plain-text UTF-8 message to one address. */
    public void send(String to, String subject, String text) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(from);
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to, true));
        message.setSubject(subject, "UTF-8");
        message.setText(text, "UTF-8");
        message.setSentDate(new java.util.Date());
        Transport.send(message);
    }
}
