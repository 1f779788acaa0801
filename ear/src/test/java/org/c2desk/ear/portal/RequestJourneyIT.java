package org.c2desk.ear.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.c2desk.ear.support.Browser;
import org.c2desk.ear.support.BrowserIT;
import org.c2desk.ear.support.TestDatabase;
import org.junit.jupiter.api.Test;

/** The self-service portal in a real headless Chromium, as a client uses it. */
class RequestJourneyIT extends BrowserIT {

    private static final Pattern TICKET_NUMBER = Pattern.compile("(\\d{8})");

    @Test
    void aClientSwitchesToFrenchOpensTheDocumentedRequestWithItsCustomFieldsAndFindsItInMyRequests() throws Exception {
        try (Browser browser = new Browser(base.toURI(), "en-US")) {
            browser.signIn("portal", "clientapi", "pax123");
            assertTrue(browser.text().contains("My open requests"), browser.text());

            browser.click("a[id='header:language']");
            assertTrue(browser.text().contains("Mes demandes ouvertes"), "French after switching");
            browser.open("portal/no-such-page.xhtml");
            assertTrue(
                    browser.text().contains("Cette page ou cette demande est introuvable."), "the portal's error page");
            assertTrue(browser.text().contains("Retour à l'accueil du portail"), browser.text());

            browser.open("portal/catalog.xhtml");
            assertTrue(browser.text().contains("Catalogue de services"));
            browser.click("a.c2-request-link[href*='3e2eee86-2dd5-4465-b8f9-7df2ecd6c297']");
            assertTrue(browser.text().contains("Exemple de demande 1"), "the request's French name");
            browser.screenshot("portal-request-fr");

            String summary = "Écran du portable qui clignote " + System.nanoTime();
            browser.type("input[id='request:summary']", summary);
            browser.type("textarea[id='request:details']", "Depuis la mise à jour de lundi.");
            browser.find("div[id$=':checkbox'] .ui-chkbox-box").click();
            browser.type("input[id$=':number_input']", "123.45");
            browser.choose("div[id$=':choice']", "Client1 Client1");
            browser.type("input[id$=':datetime_input']", "2018-07-05 04:00");
            browser.click("button[id='request:submit']");

            String confirmation = browser.find("#createdText").getText();
            assertTrue(confirmation.startsWith("Votre demande "), confirmation);
            Matcher number = TICKET_NUMBER.matcher(confirmation);
            assertTrue(number.find());
            browser.screenshot("portal-request-created-fr");

            try (Connection c = DriverManager.getConnection(
                            TestDatabase.url(TestDatabase.name()), TestDatabase.user(), TestDatabase.password());
                    PreparedStatement s = c.prepareStatement("""
                            select d.sequence_number, v.boolean_value, v.decimal_value, v.reference_id, v.datetime_value
                              from ticket t join field_value v on v.owner_id = t.id and v.owner_kind = 'TICKET'
                              join field_definition d on d.id = v.definition_id
                             where t.sequence_number = ? order by d.sequence_number""")) {
                s.setLong(1, Long.parseLong(number.group(1)));
                try (ResultSet r = s.executeQuery()) {
                    assertTrue(r.next());
                    assertEquals(3, r.getInt(1));
                    assertTrue(r.getBoolean(2), "checkbox stored true");
                    assertTrue(r.next());
                    assertEquals(5, r.getInt(1));
                    assertEquals("b2156d17-7156-43fa-b021-200d7a9f2f01", r.getString(4), "client reference stored");
                    assertTrue(r.next());
                    assertEquals(6, r.getInt(1));
                    assertTrue(r.getString(5).startsWith("2018-07-05"), r.getString(5));
                    assertTrue(r.next());
                    assertEquals(7, r.getInt(1));
                    assertEquals(0, new java.math.BigDecimal("123.45").compareTo(r.getBigDecimal(3)), "decimal stored");
                }
            }

            browser.open("portal/index.xhtml");
            assertTrue(browser.text().contains(summary), "listed under My requests");
            // The language is remembered on the account: back to English for the other tests that sign in as clientapi.
            browser.click("a[id='header:language']");
            assertTrue(browser.text().contains("My open requests"));
        }
    }

    @Test
    void anAgentsPublicReplyReachesTheClientButAnInternalNoteNeverDoes() throws Exception {
        try (Browser browser = new Browser(base.toURI(), "en-US")) {
            browser.signIn("portal", "clientapi", "pax123");
            browser.open("portal/request.xhtml?id=3e2eee86-2dd5-4465-b8f9-7df2ecd6c297");
            browser.type("input[id='request:summary']", "Printer out of toner <script>alert('x')</script>");
            browser.click("button[id='request:submit']");
            browser.click("a[id='follow']");
            String ticketUrl = browser.url();
            String ticketId = ticketUrl.substring(ticketUrl.indexOf("id=") + 3);

            // What a person typed is shown as text, never run.
            assertEquals(
                    "Printer out of toner <script>alert('x')</script>",
                    browser.find("[id$='summary']").getText());

            communicate(ticketId, true, "We are sending a new cartridge today.");
            communicate(ticketId, false, "INTERNAL: the supplier is late again");

            browser.open("portal/ticket.xhtml?id=" + ticketId);
            assertTrue(browser.text().contains("We are sending a new cartridge today."));
            assertFalse(browser.text().contains("INTERNAL"), "internal notes never reach the portal");

            browser.type("textarea[id='conversation:reply']", "Thank you, received.");
            browser.click("button[id='conversation:send']");
            assertTrue(browser.text().contains("Thank you, received."));
            assertTrue(browser.text().contains("Your answer was added."));
            browser.screenshot("portal-ticket-en");
        }
    }

    @Test
    void anotherClientsTicketIsNotFoundEvenInTheSameEnterprise() throws Exception {
        try (Browser browser = new Browser(base.toURI(), "en-US")) {
            browser.signIn("portal", "clientapi", "pax123");
            // The documentation's ticket belongs to Client1 Client1, of the same enterprise as clientapi.
            browser.open("portal/ticket.xhtml?id=d2ec3037-7477-47cd-87ff-3a3c80a9191c");
            assertTrue(browser.text().contains("This page or this request was not found."));
            assertFalse(browser.text().contains("Exemple de demande 1"));
            browser.open("portal/ticket.xhtml?id=not-an-id");
            assertTrue(browser.text().contains("This page or this request was not found."));
        }
    }

    @Test
    void aClientWithoutPortalAccessCannotSignIn() throws Exception {
        try (Browser browser = new Browser(base.toURI(), "en-US")) {
            // Client1 Client1 has no portal access (and no user name): the same refusal as a wrong password.
            browser.signIn("portal", "Client1", "pax123");
            assertTrue(browser.text().contains("Unknown user name or wrong password."));
            assertTrue(browser.url().contains("/portal/login.xhtml"));
        }
    }

    /** An agent's communication, through the REST API as an integrator would add it. */
    private void communicate(String ticketId, boolean isPublic, String body) throws Exception {
        String json = "{\"isPublic\":" + isPublic + ",\"body\":\"" + body + "\"}";
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(base.toURI().resolve("api/v1/tickets/" + ticketId + "/communications"))
                                .header(
                                        "Authorization",
                                        "Basic "
                                                + Base64.getEncoder()
                                                        .encodeToString(
                                                                "admin:pax123".getBytes(StandardCharsets.UTF_8)))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(json))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(201, response.statusCode(), response.body());
    }
}
