package org.c2desk.ear.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.c2desk.ear.support.Browser;
import org.c2desk.ear.support.BrowserIT;
import org.c2desk.ear.support.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A portal client who forgot their password, with a real SMTP server: GreenMail listens on {@code it.smtp.port},
 * the port the Payara domain was told about (C2DESK_MAIL_SMTP_PORT in ear/pom.xml's failsafe environment).
 * Other tests sign in as clientapi: these use Nancy Davolio and Camille Dubois of the demo data.
 */
class PasswordResetIT extends BrowserIT {

    private static final Pattern LINK = Pattern.compile("(https?://\\S+/portal/reset\\.xhtml\\?token=([\\w-]+))");

    private static GreenMail greenMail;

    @BeforeAll
    static void startSmtpServer() {
        int port = Integer.parseInt(System.getProperty("it.smtp.port", "3025"));
        greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
    }

    @AfterAll
    static void stopSmtpServer() {
        if (greenMail != null) {
            greenMail.stop();
        }
    }

    @Test
    void aClientResetsTheirPasswordWithTheLinkMailedToThemOnceOnly() throws Exception {
        try (Browser browser = new Browser(base.toURI(), "en-US")) {
            // Locked out first: five wrong passwords.
            for (int i = 0; i < 5; i++) {
                browser.signIn("portal", "nancy.davolio", "wrong password " + i);
            }
            browser.signIn("portal", "nancy.davolio", "wrong password again");
            assertTrue(browser.text().contains("locked"), browser.text());

            browser.open("portal/login.xhtml");
            browser.click("a[id='forgot']");
            browser.type("input[id='forgot:who']", "nancy.davolio@northwindhealth.com");
            browser.click("button[id='forgot:send']");
            assertTrue(browser.find("#sentText").getText().startsWith("If this account exists"), browser.text());

            MimeMessage mail = receivedBy("nancy.davolio@northwindhealth.com");
            assertEquals("C2 Desk: reset your password", mail.getSubject());
            String body = (String) mail.getContent();
            assertTrue(body.contains("Hello Nancy Davolio"), body);
            Matcher link = LINK.matcher(body.replace("=\r\n", "").replace("=3D", "="));
            assertTrue(link.find(), body);
            String path = URI.create(link.group(1)).getRawPath().substring(1) + "?token=" + link.group(2);
            path = path.substring(path.indexOf("portal/"));

            browser.open(path);
            browser.type("input[id='reset:password_input'], input[id='reset:password']", "Nancy-New-2026");
            browser.type("input[id='reset:confirmation_input'], input[id='reset:confirmation']", "Nancy-New-2026");
            browser.click("button[id='reset:save']");
            assertTrue(browser.text().contains("Your new password is saved."), browser.text());

            browser.signIn("portal", "nancy.davolio", "Nancy-New-2026");
            assertTrue(browser.text().contains("My open requests"), "signed in with the new password: unlocked");
            browser.click("a[id='header:logout']");

            browser.signIn("portal", "nancy.davolio", "pax123");
            assertTrue(browser.text().contains("Unknown user name or wrong password."), "the old password is gone");

            browser.open(path);
            assertTrue(browser.find("#invalidText").getText().contains("does not work any more"), "used once only");
            assertFalse(browser.text().contains("Save my new password"));
        }
    }

    @Test
    void theAnswerIsTheSameForAnUnknownAccountAndNoMailLeaves() throws Exception {
        int before = greenMail.getReceivedMessages().length;
        try (Browser browser = new Browser(base.toURI(), "en-US")) {
            browser.open("portal/forgot.xhtml");
            browser.type("input[id='forgot:who']", "nobody.at.all@example.com");
            browser.click("button[id='forgot:send']");
            assertTrue(browser.find("#sentText").getText().startsWith("If this account exists"), browser.text());
        }
        Thread.sleep(1000);
        assertEquals(before, greenMail.getReceivedMessages().length, "no mail for an unknown account");
    }

    @Test
    void anExpiredLinkIsRefusedAndTheMailSpeaksTheClientsLanguage() throws Exception {
        try (Browser browser = new Browser(base.toURI(), "fr-CA")) {
            browser.open("portal/forgot.xhtml");
            browser.type("input[id='forgot:who']", "camille.dubois");
            browser.click("button[id='forgot:send']");

            MimeMessage mail = receivedBy("camille.dubois@northwindhealth.com");
            assertEquals("C2 Desk : réinitialisez votre mot de passe", mail.getSubject());
            String body = (String) mail.getContent();
            Matcher link = LINK.matcher(body.replace("=\r\n", "").replace("=3D", "="));
            assertTrue(link.find(), body);
            String token = link.group(2);
            String hash = HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
            int expired = 0;
            try (Connection c = DriverManager.getConnection(
                            TestDatabase.url(TestDatabase.name()), TestDatabase.user(), TestDatabase.password());
                    PreparedStatement s = c.prepareStatement(
                            "update password_reset set expires_on = now() - interval '1 minute' where token_hash = ?")) {
                s.setString(1, hash);
                // The mail leaves in the background: the link's row may be committed a moment after it.
                for (int i = 0; i < 20 && expired == 0; i++) {
                    expired = s.executeUpdate();
                    if (expired == 0) {
                        Thread.sleep(100);
                    }
                }
            }
            assertEquals(1, expired, "only the token's SHA-256 is stored");
            browser.open("portal/reset.xhtml?token=" + token);
            assertTrue(browser.find("#invalidText").isDisplayed(), browser.text());
            assertFalse(browser.text().contains("Enregistrer mon nouveau mot de passe"));
        }
    }

    @Test
    void nobodyCanFloodAClientsMailboxWithLinks() throws Exception {
        try (Browser browser = new Browser(base.toURI(), "en-US")) {
            for (int i = 0; i < 5; i++) {
                browser.open("portal/forgot.xhtml");
                browser.type("input[id='forgot:who']", "janet.leverling");
                browser.click("button[id='forgot:send']");
                assertTrue(browser.find("#sentText").getText().startsWith("If this account exists"), browser.text());
            }
        }
        Thread.sleep(2000);
        long received = java.util.Arrays.stream(greenMail.getReceivedMessagesForDomain("northwindhealth.com"))
                .filter(m -> {
                    try {
                        return m.getAllRecipients()[0].toString().equals("janet.leverling@northwindhealth.com");
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .count();
        assertEquals(3, received, "at most three links in 30 minutes");
    }

    @Test
    void everyOtherSessionOfTheClientEndsWhenThePasswordIsReset() throws Exception {
        String user = newPortalClient();
        String email = user + "@example.org";
        try (Browser first = new Browser(base.toURI(), "en-US");
                Browser second = new Browser(base.toURI(), "en-US");
                Browser reset = new Browser(base.toURI(), "en-US")) {
            first.signIn("portal", user, "pax123");
            second.signIn("portal", user, "pax123");
            first.open("portal/requests.xhtml");
            assertTrue(first.text().contains("My requests"), "both sessions work: " + first.text());
            second.open("portal/catalog.xhtml");
            assertTrue(second.text().contains("Service catalog"), second.text());

            String path = resetLink(reset, email);
            reset.open(path);
            reset.type("input[id='reset:password_input'], input[id='reset:password']", "Session-Ends-2026");
            reset.type("input[id='reset:confirmation_input'], input[id='reset:confirmation']", "Session-Ends-2026");
            reset.click("button[id='reset:save']");
            assertTrue(reset.text().contains("Your new password is saved."), reset.text());

            // The sessions opened with the old password are sent to sign in at their next request, whatever the page.
            first.open("portal/requests.xhtml");
            assertTrue(first.url().contains("/portal/login.xhtml"), first.url());
            assertFalse(first.text().contains("My requests"), first.text());
            second.open("portal/index.xhtml");
            assertTrue(second.url().contains("/portal/login.xhtml"), second.url());
            // ... and stay out: going back does not revive them.
            second.open("portal/catalog.xhtml");
            assertTrue(second.url().contains("/portal/login.xhtml"), second.url());

            // A session opened with the new password lasts.
            first.signIn("portal", user, "Session-Ends-2026");
            first.open("portal/requests.xhtml");
            assertTrue(first.text().contains("My requests"), first.text());
            first.open("portal/catalog.xhtml");
            assertTrue(first.text().contains("Service catalog"), first.text());
        }
    }

    @Test
    void theResetMailLeavesThroughTheServersMailSessionThatServerConfigCreates() throws Exception {
        // The same script run.sh applies; the domain keeps it if it had it, else it is removed afterwards.
        boolean created = !asadmin("list-javamail-resources").contains("mail/c2desk");
        if (created) {
            String out = asadmin(
                    "multimode",
                    "--file",
                    Path.of("..", "server-config", "30-mail.asadmin")
                            .toAbsolutePath()
                            .normalize()
                            .toString());
            assertTrue(out.contains("Command multimode executed successfully"), out);
        }
        try {
            String user = newPortalClient();
            try (Browser browser = new Browser(base.toURI(), "en-US")) {
                resetLink(browser, user + "@example.org");
            }
            // The resource's host, port and sender are ${ENV=...} references, resolved by the server.
            String line = "Mail sent through the server's mail session mail/c2desk: password reset link for portal"
                    + " account '" + user + "'";
            String log = "";
            for (int i = 0; i < 50 && !log.contains(line); i++) {
                Thread.sleep(100);
                log = Files.readString(serverLog(), StandardCharsets.UTF_8);
            }
            assertTrue(log.contains(line), "the mail left through mail/c2desk");
        } finally {
            if (created) {
                asadmin("delete-javamail-resource", "mail/c2desk");
            }
        }
    }

    /** Asks for a reset link for {@code email} and returns its path, as mailed. */
    private String resetLink(Browser browser, String email) throws Exception {
        browser.open("portal/forgot.xhtml");
        browser.type("input[id='forgot:who']", email);
        browser.click("button[id='forgot:send']");
        String body = (String) receivedBy(email).getContent();
        Matcher link = LINK.matcher(body.replace("=\r\n", "").replace("=3D", "="));
        assertTrue(link.find(), body);
        String path = URI.create(link.group(1)).getRawPath().substring(1) + "?token=" + link.group(2);
        return path.substring(path.indexOf("portal/"));
    }

    /** A client of the demo enterprise with portal access, password pax123, of its own (no test shares it). */
    private static String newPortalClient() throws Exception {
        String user = "session" + System.nanoTime();
        try (Connection c = DriverManager.getConnection(
                        TestDatabase.url(TestDatabase.name()), TestDatabase.user(), TestDatabase.password());
                PreparedStatement s = c.prepareStatement("""
                        with created as (
                          insert into client (id, first_name, last_name, email_address, preferred_culture,
                                              has_portal_access, user_name, password_hash, created_by, last_modified_by)
                          select gen_random_uuid(), 'Session', ?, ? || '@example.org', 'en-US', true, ?, password_hash,
                                 'test', 'test'
                            from client where user_name = 'clientapi'
                          returning id)
                        insert into client_enterprise (client_id, enterprise_id, is_primary)
                        select id, '04a1e54f-fbf9-4cd1-93b3-5a7ae9489c46', true from created""")) {
            s.setString(1, user);
            s.setString(2, user);
            s.setString(3, user);
            assertEquals(1, s.executeUpdate());
        }
        return user;
    }

    private static String asadmin(String... arguments) throws Exception {
        java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of(
                "bash",
                Path.of(System.getProperty("payara.home"), "bin", "asadmin").toString(),
                "--port",
                System.getProperty("it.admin.port", "4848"),
                "--interactive=false"));
        command.addAll(java.util.List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return out;
    }

    private static Path serverLog() {
        String domain = System.getProperty("it.domain", "");
        return Path.of(
                System.getProperty("payara.home"),
                "glassfish",
                "domains",
                domain.isBlank() ? "domain1" : domain,
                "logs",
                "server.log");
    }

    /** The last message GreenMail received for {@code address}, waiting a little for it. */
    private static MimeMessage receivedBy(String address) throws Exception {
        for (int i = 0; i < 50; i++) {
            MimeMessage[] all = greenMail.getReceivedMessagesForDomain(address.substring(address.indexOf('@') + 1));
            for (int j = all.length - 1; j >= 0; j--) {
                if (all[j].getAllRecipients()[0].toString().equalsIgnoreCase(address)) {
                    return all[j];
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("No mail reached " + address);
    }
}
