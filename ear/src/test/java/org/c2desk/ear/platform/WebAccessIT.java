package org.c2desk.ear.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Map;
import org.c2desk.ear.support.Deployments;
import org.c2desk.ear.support.WebClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The console and the portal over HTTP, from outside: who gets in where, and in which language. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WebAccessIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.plain();
    }

    @ArquillianResource
    URL base;

    @Test
    void theConsoleSendsStrangersToItsSignInPage() throws Exception {
        HttpResponse<String> response = new WebClient(uri(), "en").get("console/index.xhtml");
        assertEquals(302, response.statusCode());
        assertTrue(response.headers().firstValue("Location").orElseThrow().endsWith("/console/login.xhtml"));
    }

    @Test
    void thePortalSendsStrangersToItsOwnSignInPage() throws Exception {
        HttpResponse<String> response = new WebClient(uri(), "en").get("portal/index.xhtml");
        assertEquals(302, response.statusCode());
        assertTrue(response.headers().firstValue("Location").orElseThrow().endsWith("/portal/login.xhtml"));
    }

    @Test
    void anAgentSignsInAndSeesTheConsoleHome() throws Exception {
        WebClient browser = new WebClient(uri(), "en");
        HttpResponse<String> login = browser.get("console/login.xhtml");
        assertEquals(200, login.statusCode());

        HttpResponse<String> home = browser.follow(
                browser.submit(login, "login", "submit", Map.of("userName", "admin", "password", "pax123")));

        assertEquals(200, home.statusCode());
        assertTrue(
                home.uri().getPath().endsWith("/console/index.xhtml"),
                home.uri().toString());
        assertTrue(home.body().contains("Recently updated tickets"));
        assertTrue(home.body().contains("Signed in as admin"));
    }

    @Test
    void aWrongPasswordShowsTheReasonOnTheSignInPage() throws Exception {
        WebClient browser = new WebClient(uri(), "en");
        HttpResponse<String> login = browser.get("console/login.xhtml");

        HttpResponse<String> again =
                browser.submit(login, "login", "submit", Map.of("userName", "agent.net", "password", "wrong-password"));

        assertEquals(200, again.statusCode());
        assertTrue(again.body().contains("Unknown user name or wrong password."));
        assertEquals(302, browser.get("console/index.xhtml").statusCode(), "still not signed in");
    }

    @Test
    void aClientSessionNeverOpensTheConsole() throws Exception {
        WebClient browser = new WebClient(uri(), "en");
        HttpResponse<String> portalHome = browser.follow(browser.submit(
                browser.get("portal/login.xhtml"),
                "login",
                "submit",
                Map.of("userName", "clientapi", "password", "pax123")));
        assertEquals(200, portalHome.statusCode());
        assertTrue(portalHome.body().contains("My open requests"), "signed in to the portal");

        HttpResponse<String> console = browser.get("console/index.xhtml");

        assertEquals(302, console.statusCode());
        assertTrue(console.headers().firstValue("Location").orElseThrow().endsWith("/console/login.xhtml"));
    }

    @Test
    void aResourceCannotSignInToThePortal() throws Exception {
        WebClient browser = new WebClient(uri(), "en");
        HttpResponse<String> again = browser.submit(
                browser.get("portal/login.xhtml"),
                "login",
                "submit",
                Map.of("userName", "admin", "password", "pax123"));
        assertEquals(200, again.statusCode());
        assertTrue(again.body().contains("Unknown user name or wrong password."));
    }

    @Test
    void aFrenchBrowserGetsFrenchPages() throws Exception {
        HttpResponse<String> login = new WebClient(uri(), "fr-CA,fr;q=0.9").get("console/login.xhtml");
        assertTrue(login.body().contains("Connexion"), "French title");
        assertTrue(login.body().contains("Mot de passe"));
        assertFalse(login.body().contains(">Password<"), "no English label left");
    }

    @Test
    void aMissingPageIsAnsweredInItsAreasLookWithoutAStackTrace() throws Exception {
        WebClient client = signedIn("portal", "clientapi", "My open requests");
        HttpResponse<String> portal = client.get("portal/no-such-page.xhtml");
        assertEquals(404, portal.statusCode());
        assertTrue(portal.body().contains("class=\"c2-portal\""), "the portal's template");
        assertTrue(portal.body().contains("This page or this request was not found."), portal.body());
        assertTrue(portal.body().contains("Back to the portal home page"));
        assertFalse(portal.body().contains("navTickets"), "no console menu");
        noStackTrace(portal);

        WebClient agent = signedIn("console", "admin", "Recently updated tickets");
        HttpResponse<String> console = agent.get("console/no-such-page.xhtml");
        assertEquals(404, console.statusCode());
        assertTrue(console.body().contains("class=\"c2-console\""), "the console's template");
        assertTrue(console.body().contains("The page or the object you asked for was not found."), console.body());
        noStackTrace(console);
    }

    @Test
    void aPortalFormWhoseViewTheServerNoLongerHoldsShowsThePortalsExpiredPage() throws Exception {
        WebClient client = signedIn("portal", "clientapi", "My open requests");
        HttpResponse<String> requests = client.get("portal/requests.xhtml");
        evictViews(client, "portal/index.xhtml");
        // Posted with no button: a view still held would only be shown again.
        HttpResponse<String> expired = client.submit(requests, "header", "none", Map.of());
        assertTrue(expired.body().contains("Your page expired"), expired.body());
        assertTrue(expired.body().contains("class=\"c2-portal\""), "the portal's template");
        noStackTrace(expired);

        WebClient agent = signedIn("console", "admin", "Recently updated tickets");
        HttpResponse<String> tickets = agent.get("console/tickets.xhtml");
        evictViews(agent, "console/index.xhtml");
        HttpResponse<String> consoleExpired = agent.submit(tickets, "header", "none", Map.of());
        assertTrue(consoleExpired.body().contains("Your page expired"), consoleExpired.body());
        assertTrue(consoleExpired.body().contains("class=\"c2-console\""), "the console's template");
    }

    /** Opens enough other pages in the session for the server to drop the views opened before them. */
    private static void evictViews(WebClient browser, String page) throws Exception {
        for (int i = 0; i < 40; i++) {
            assertEquals(200, browser.get(page).statusCode());
        }
    }

    /** Nothing of an exception in what the page shows (its scripts name exception types for PrimeFaces). */
    private static void noStackTrace(HttpResponse<String> page) {
        String shown = page.body().replaceAll("(?s)<script.*?</script>", "");
        assertFalse(shown.contains("Exception"), shown);
        assertFalse(shown.contains("at org."), shown);
    }

    /** A session signed in to {@code area} ("console" or "portal"), checked by a text of the area's home page. */
    private WebClient signedIn(String area, String userName, String homeText) throws Exception {
        WebClient browser = new WebClient(uri(), "en");
        HttpResponse<String> home = browser.follow(browser.submit(
                browser.get(area + "/login.xhtml"),
                "login",
                "submit",
                Map.of("userName", userName, "password", "pax123")));
        assertTrue(home.body().contains(homeText), "signed in to the " + area);
        return browser;
    }

    private URI uri() throws Exception {
        return base.toURI();
    }
}
