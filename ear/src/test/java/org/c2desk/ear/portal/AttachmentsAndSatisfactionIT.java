package org.c2desk.ear.portal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.c2desk.ear.support.Browser;
import org.c2desk.ear.support.BrowserIT;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;

/** Portal attachments (limits, download, "not found"), satisfaction after resolution and closing, in Chromium. */
class AttachmentsAndSatisfactionIT extends BrowserIT {

    private static final String REQUEST = "portal/request.xhtml?id=3e2eee86-2dd5-4465-b8f9-7df2ecd6c297";
    private static final String RESOLVED = "20000000-0000-4000-8000-000000000005";
    private static final String ADMIN =
            "Basic " + Base64.getEncoder().encodeToString("admin:pax123".getBytes(StandardCharsets.UTF_8));

    @Test
    void aFileAttachedToTheRequestFormIsListedOnTheTicketAndDownloadsWithTheSameBytes() throws Exception {
        byte[] pdf =
                ("%PDF-1.4\n% C2 Desk test " + System.nanoTime() + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
        Path file = Files.createTempDirectory("c2desk-upload").resolve("écran bleu.pdf");
        Files.write(file, pdf);
        try (Browser browser = new Browser(base.toURI(), "en-US")) {
            signInInEnglish(browser);
            browser.open(REQUEST);
            assertTrue(
                    browser.find("#fileLimits").getText().contains("up to 10 MB"), "the limits are said before upload");
            browser.type("input[id='request:summary']", "Blue screen, photo attached");
            browser.find("input[type='file']").sendKeys(file.toString());
            browser.click("button[id='request:submit']");
            browser.click("a[id='follow']");
            String ticketId = browser.url().substring(browser.url().indexOf("id=") + 3);

            var link = browser.find("a.c2-attachment");
            assertEquals("écran bleu.pdf", link.getText());
            HttpResponse<byte[]> download = get(browser, link.getAttribute("href"));
            assertEquals(200, download.statusCode());
            assertArrayEquals(pdf, download.body(), "the same bytes");
            assertTrue(download.headers()
                    .firstValue("Content-Disposition")
                    .orElse("")
                    .startsWith("attachment"));

            // A file added with an answer on the ticket's page joins the list.
            Path log = file.resolveSibling("journal.txt");
            Files.writeString(log, "0x0000007E at boot\n");
            browser.find("input[type='file']").sendKeys(log.toString());
            browser.click("button[id='conversation:send']");
            assertTrue(browser.text().contains("Your answer was added."), browser.text());
            var links = browser.driver().findElements(By.cssSelector("a.c2-attachment"));
            assertEquals(2, links.size());
            assertEquals("journal.txt", links.get(1).getText());
            assertEquals(
                    "0x0000007E at boot\n",
                    new String(get(browser, links.get(1).getAttribute("href")).body(), StandardCharsets.UTF_8));
            assertEquals(
                    404,
                    get(
                                    browser,
                                    base.toURI()
                                            .resolve("portal/attachment?id=" + java.util.UUID.randomUUID())
                                            .toString())
                            .statusCode(),
                    "an unknown id is not found");
            link = browser.find("a.c2-attachment");

            // Another client of the same enterprise does not reach it: "not found", not "forbidden".
            try (Browser other = new Browser(base.toURI(), "en-US")) {
                other.signIn("portal", "client2api", "pax123");
                assertEquals(404, get(other, link.getAttribute("href")).statusCode());
                other.open("portal/ticket.xhtml?id=" + ticketId);
                assertTrue(other.text().contains("introuvable") || other.text().contains("not found"), other.text());
            }
            // Nor does anyone without a portal session.
            HttpResponse<byte[]> anonymous = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(link.getAttribute("href")))
                                    .build(),
                            HttpResponse.BodyHandlers.ofByteArray());
            assertFalse(java.util.Arrays.equals(pdf, anonymous.body()), "no file without a portal session");
        }
    }

    @Test
    void aForbiddenOrOversizedFileIsRefusedWithTheReasonAndNoTicketIsOpened() throws Exception {
        Path dir = Files.createTempDirectory("c2desk-upload");
        Path script = dir.resolve("setup.exe");
        Files.write(script, new byte[] {'M', 'Z', 0, 0});
        Path big = dir.resolve("huge.zip");
        Files.write(big, new byte[10 * 1024 * 1024 + 1]);
        try (Browser browser = new Browser(base.toURI(), "en-US")) {
            signInInEnglish(browser);
            browser.open(REQUEST);
            String summary = "Refused file " + System.nanoTime();
            browser.type("input[id='request:summary']", summary);
            browser.find("input[type='file']").sendKeys(script.toString());
            browser.click("button[id='request:submit']");
            assertTrue(browser.text().contains("The file “setup.exe” is not of an accepted type"), browser.text());

            browser.type("input[id='request:summary']", summary);
            browser.find("input[type='file']").sendKeys(big.toString());
            browser.click("button[id='request:submit']");
            assertTrue(browser.text().contains("The file “huge.zip” is larger than 10 MB."), browser.text());

            browser.open("portal/index.xhtml");
            assertFalse(browser.text().contains(summary), "nothing half-saved");
        }
    }

    @Test
    void aClientRatesAResolvedRequestOnceThenClosesIt() throws Exception {
        try (Browser browser = new Browser(base.toURI(), "en-US")) {
            signInInEnglish(browser);
            browser.open(REQUEST);
            browser.type("input[id='request:summary']", "Please rate me");
            browser.click("button[id='request:submit']");
            browser.click("a[id='follow']");
            String ticketId = browser.url().substring(browser.url().indexOf("id=") + 3);
            assertTrue(browser.driver().findElements(By.id("survey")).isEmpty(), "no rating before resolution");

            resolve(ticketId);
            browser.open("portal/ticket.xhtml?id=" + ticketId);
            browser.find("div[id='survey:rating'] .ui-radiobutton-box, table[id='survey:rating'] .ui-radiobutton-box");
            browser.driver()
                    .findElements(By.cssSelector("[id='survey:rating'] .ui-radiobutton-box"))
                    .get(3)
                    .click();
            browser.type("textarea[id='survey:comment']", "Quick and kind.");
            // The page kept open in a second tab, to try rating again after the first rating.
            String firstWindow = browser.driver().getWindowHandle();
            browser.driver().switchTo().newWindow(org.openqa.selenium.WindowType.TAB);
            browser.open("portal/ticket.xhtml?id=" + ticketId);
            String secondWindow = browser.driver().getWindowHandle();
            browser.driver().switchTo().window(firstWindow);
            browser.click("button[id='survey:rate']");
            assertTrue(browser.text().contains("Thank you for your rating."), browser.text());
            assertEquals("Your rating: 4 / 5", browser.find("#ratedText").getText());
            assertTrue(browser.driver().findElements(By.id("survey")).isEmpty(), "the form is gone once rated");

            browser.driver().switchTo().window(secondWindow);
            browser.driver()
                    .findElements(By.cssSelector("[id='survey:rating'] .ui-radiobutton-box"))
                    .get(0)
                    .click();
            browser.click("button[id='survey:rate']");
            assertTrue(browser.text().contains("This request was already rated."), browser.text());
            assertEquals("Your rating: 4 / 5", browser.find("#ratedText").getText(), "the first rating stays");

            browser.click("button[id='closing:close']");
            assertTrue(browser.text().contains("Your request is closed."), browser.text());
            assertTrue(browser.find("#status").getText().contains("Closed"), browser.text());
        }
    }

    /** Signs in as clientapi, in English whatever language another test left on the account (it is remembered). */
    private static void signInInEnglish(Browser browser) {
        browser.signIn("portal", "clientapi", "pax123");
        if (browser.text().contains("Mes demandes ouvertes")) {
            browser.click("a[id='header:language']");
        }
    }

    /** An agent resolves the ticket through the REST API. */
    private void resolve(String ticketId) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        URI uri = base.toURI().resolve("api/v1/tickets/" + ticketId);
        HttpResponse<String> current = http.send(
                HttpRequest.newBuilder(uri).header("Authorization", ADMIN).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, current.statusCode(), current.body());
        HttpResponse<String> patched = http.send(
                HttpRequest.newBuilder(uri)
                        .header("Authorization", ADMIN)
                        .header("Content-Type", "application/merge-patch+json")
                        .header("If-Match", current.headers().firstValue("ETag").orElseThrow())
                        .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"statusId\":\"" + RESOLVED + "\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, patched.statusCode(), patched.body());
    }

    /** A GET with the browser's session, as the browser's download would make it. */
    private static HttpResponse<byte[]> get(Browser browser, String href) throws Exception {
        Cookie session = browser.driver().manage().getCookieNamed("JSESSIONID");
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(href))
                                .header("Cookie", "JSESSIONID=" + session.getValue())
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
    }
}
