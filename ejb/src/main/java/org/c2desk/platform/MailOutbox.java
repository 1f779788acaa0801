package org.c2desk.platform;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends a mail in the background: the page that asked for it answers at once, in the same time whether a mail
 * leaves or not (no probing of accounts by timing), and an unreachable SMTP server is the administrator's log line,
 * not the client's error.
 */
@Stateless
public class MailOutbox {

    private static final Logger LOG = Logger.getLogger(MailOutbox.class.getName());

    @Inject
    Mailer mailer;

    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void send(String to, String subject, String text, String about) {
        try {
            Mailer.Route route = mailer.send(to, subject, text);
            LOG.info(() -> "Mail sent through " + route.description() + ": " + about);
        } catch (MessagingException | RuntimeException e) {
            LOG.log(
                    Level.WARNING,
                    "Could not send the mail (" + about + ") through "
                            + mailer.route().description(),
                    e);
        }
    }
}
