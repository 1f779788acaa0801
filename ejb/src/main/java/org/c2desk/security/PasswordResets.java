package org.c2desk.security;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.text.MessageFormat;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.logging.Logger;
import org.c2desk.client.Client;
import org.c2desk.platform.AppConfig;
import org.c2desk.platform.MailOutbox;
import org.c2desk.platform.NotFoundException;

/**
 * Forgotten portal passwords. A client gives their user name or e-mail address; if it names an active client with
 * portal access and an e-mail address, a link with a random token is mailed to them, in their language. The answer is
 * the same either way, so nobody learns which accounts exist. Only the token's SHA-256 is stored; a link works once,
 * for {@link #VALIDITY}, and setting a new password with it also unlocks the account.
 */
@Stateless
public class PasswordResets {

    public static final Duration VALIDITY = Duration.ofMinutes(30);
    public static final String RESET_PAGE = "/portal/reset.xhtml?token=";
    /** At most this many links per account within {@link #VALIDITY}: nobody can flood a client's mailbox. */
    public static final int MAX_LINKS = 3;

    private static final Logger LOG = Logger.getLogger(PasswordResets.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHasher passwordHasher;

    @Inject
    AppConfig config;

    @jakarta.ejb.EJB
    MailOutbox outbox;

    /** Sends a reset link if {@code userNameOrEmail} names a portal account; says nothing either way. */
    public void request(String userNameOrEmail) {
        if (userNameOrEmail == null || userNameOrEmail.isBlank() || userNameOrEmail.length() > 320) {
            return;
        }
        String key = userNameOrEmail.strip().toLowerCase(Locale.ROOT);
        List<Client> found = em.createQuery(
                        "select c from Client c where (lower(c.userName) = :key"
                                + " or lower(c.emailAddress) = :key) and c.active = true",
                        Client.class)
                .setParameter("key", key)
                .setMaxResults(5)
                .getResultList();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        for (Client client : found) {
            if (!client.hasPortalAccess()
                    || client.getEmailAddress() == null
                    || client.getEmailAddress().isBlank()) {
                continue;
            }
            long recent = em.createQuery(
                            "select count(r) from PasswordReset r where r.clientId = :client"
                                    + " and r.createdOn > :since",
                            Long.class)
                    .setParameter("client", client.getId())
                    .setParameter("since", now.minus(VALIDITY))
                    .getSingleResult();
            if (recent >= MAX_LINKS) {
                LOG.warning(() -> "Password reset for portal account '" + client.getUserName() + "' not sent: "
                        + MAX_LINKS + " links already in the last " + VALIDITY.toMinutes() + " minutes");
                continue;
            }
            String token = newToken();
            em.persist(new PasswordReset(client.getId(), sha256(token), now, now.plus(VALIDITY)));
            ResourceBundle texts = ResourceBundle.getBundle(
                    "org.c2desk.security.mail", client.getPreferredCulture().locale());
            String link = config.baseUrl() + RESET_PAGE + token;
            String body = MessageFormat.format(
                    texts.getString("reset.body"), client.getFullName(), link, VALIDITY.toMinutes());
            outbox.send(
                    client.getEmailAddress(),
                    texts.getString("reset.subject"),
                    body,
                    "password reset link for portal account '" + client.getUserName() + "'");
        }
    }

    /** Whether {@code token} is a link that can still be used (for the reset page to say so before asking). */
    public boolean isUsable(String token) {
        PasswordReset reset = find(token, false);
        return reset != null && reset.isUsableAt(OffsetDateTime.now(ZoneOffset.UTC));
    }

    /**
     * Sets the client's new password with a link's token and unlocks the account; the link then stops working.
     *
     * @throws NotFoundException if the token is unknown, used or expired
     * @throws org.c2desk.platform.ValidationException if the password does not meet {@link PasswordPolicy}
     */
    public void reset(String token, String newPassword) {
        PasswordReset reset = find(token, true);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        if (reset == null || !reset.isUsableAt(now)) {
            throw new NotFoundException("PasswordReset", null);
        }
        PasswordPolicy.check(newPassword);
        Client client = em.find(Client.class, reset.getClientId(), LockModeType.PESSIMISTIC_WRITE);
        if (client == null || !client.isActive() || !client.hasPortalAccess()) {
            throw new NotFoundException("PasswordReset", null);
        }
        client.changePasswordHash(passwordHasher.hash(newPassword.toCharArray()));
        client.getSignIn().unlock();
        reset.markUsed(now);
        // The other links sent to this client stop working too: the password they were for is gone.
        em.createQuery("update PasswordReset r set r.usedOn = :now where r.clientId = :client and r.usedOn is null")
                .setParameter("now", now)
                .setParameter("client", client.getId())
                .executeUpdate();
        LOG.info(() -> "Portal account '" + client.getUserName() + "' set a new password with a reset link");
    }

    private PasswordReset find(String token, boolean forUpdate) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return null;
        }
        var query = em.createQuery("select r from PasswordReset r where r.tokenHash = :hash", PasswordReset.class)
                .setParameter("hash", sha256(token.strip()));
        if (forUpdate) {
            query.setLockMode(LockModeType.PESSIMISTIC_WRITE);
        }
        List<PasswordReset> found = query.getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String sha256(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
