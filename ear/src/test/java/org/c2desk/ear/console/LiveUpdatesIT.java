package org.c2desk.ear.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.c2desk.ear.support.ApiClient;
import org.c2desk.ear.support.ApiClient.Answer;
import org.c2desk.ear.support.Browser;
import org.c2desk.ear.support.BrowserIT;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Live updates of the console in real headless Chromium sessions: a change saved elsewhere (another agent's browser
 * or the C2 API) shows on an open ticket page and in an open ticket list without reloading, the agent's unsaved
 * input stays, and what the websocket carries is the ticket's id only.
 */
class LiveUpdatesIT extends BrowserIT {

    @Test
    void anApiChangeShowsOnTheOpenTicketPageAndKeepsTheAgentsUnsavedInput() throws Exception {
        String unique = Long.toString(System.nanoTime(), 36);
        String ticket = createTicket("Live page " + unique);
        try (Browser browser = new Browser(base.toURI(), "en-US")) {
            browser.signIn("console", "admin", "pax123");
            browser.open("console/ticket.xhtml?id=" + ticket);
            assertEquals("Live page " + unique, browser.find("span[id='title']").getText());
            waitForWebsocket(browser);
            recordPushes(browser);
            browser.type("textarea[id='reply:body']", "A draft the agent has not sent");
            browser.type("input[id='ticket:summary']", "The agent's own unsaved summary");

            Answer changed = api().post(
                            "API/Ticket/UpdateProperty",
                            "{\"Id\":\"" + ticket + "\",\"PropertyName\":"
                                    + "\"Summary\",\"Value\":\"Changed by the API " + unique
                                    + "\",\"username\":\"agent.en\","
                                    + "\"password\":\"pax123\"}");
            assertEquals(0, changed.status(), changed.message());

            WebElement notice = wait(browser)
                    .until(d -> d.findElements(By.id("liveText")).stream()
                            .findFirst()
                            .orElse(null));
            assertTrue(notice.getText().contains("Changed by agent.en"), notice.getText());
            assertEquals(
                    "Changed by the API " + unique,
                    browser.find("span[id='title']").getText(),
                    "the header is re-read");
            assertTrue(browser.text().contains("Changed by the API " + unique));
            assertEquals(Boolean.TRUE, js(browser).executeScript("return window.c2SamePage === true"), "no reload");
            assertEquals(
                    "A draft the agent has not sent",
                    browser.find("textarea[id='reply:body']").getAttribute("value"));
            assertEquals(
                    "The agent's own unsaved summary",
                    browser.find("input[id='ticket:summary']").getAttribute("value"));
            assertOnlyIds(browser);

            // Saving over the change is refused with what changed, as before: nothing is silently overwritten.
            browser.click("button[id='ticket:save']");
            assertTrue(browser.find("[id='conflict']").getText().contains("Changed by the API " + unique));
            browser.screenshot("console-live-ticket");
        }
    }

    @Test
    void anotherAgentsSaveRefreshesAndMarksTheRowInAnOpenTicketList() throws Exception {
        String unique = Long.toString(System.nanoTime(), 36);
        String ticket = createTicket("Livelist" + unique + " printer jam");
        try (Browser watcher = new Browser(base.toURI(), "en-US");
                Browser editor = new Browser(base.toURI(), "en-US")) {
            watcher.signIn("console", "agent.en", "pax123");
            watcher.open("console/tickets.xhtml?q=Livelist" + unique);
            WebElement row = watcher.find("tr[data-rk='" + ticket + "']");
            assertTrue(row.getText().contains("printer jam"), row.getText());
            waitForWebsocket(watcher);
            recordPushes(watcher);

            editor.signIn("console", "admin", "pax123");
            editor.open("console/ticket.xhtml?id=" + ticket);
            editor.type("input[id='ticket:summary']", "Livelist" + unique + " paper tray fixed");
            editor.click("button[id='ticket:save']");
            assertEquals(
                    "Livelist" + unique + " paper tray fixed",
                    editor.find("span[id='title']").getText());

            WebElement marked = wait(watcher)
                    .until(d -> d.findElements(By.cssSelector("tr.c2-row-changed[data-rk='" + ticket + "']")).stream()
                            .findFirst()
                            .orElse(null));
            assertTrue(marked.getText().contains("paper tray fixed"), marked.getText());
            assertEquals(Boolean.TRUE, js(watcher).executeScript("return window.c2SamePage === true"), "no reload");
            assertOnlyIds(watcher);
            watcher.screenshot("console-live-list");
        }
    }

    private String createTicket(String summary) throws Exception {
        String body = ApiClient.resource("ticket-save.json")
                .replace("\"Summary\":\"Exemple de demande 1\"", "\"Summary\":\"" + summary + "\"");
        Answer created = api().post("API/Ticket/Save", body);
        assertEquals(0, created.status(), created.message());
        return created.data().getString("Id");
    }

    /** The page's websocket is open (the template's onopen tells console.js). */
    private static void waitForWebsocket(Browser browser) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                .until(d -> Boolean.TRUE.equals(js(browser).executeScript("return c2Live.open === true;")));
    }

    /** Marks the document (a reload would lose the mark) and keeps every message the websocket brings. */
    private static void recordPushes(Browser browser) {
        js(browser)
                .executeScript("window.c2SamePage = true; window.c2Pushed = [];"
                        + " var received = c2Live.received;"
                        + " c2Live.received = function (m) { window.c2Pushed.push(JSON.stringify(m)); received(m); };");
    }

    /** Every message the page received names a ticket id and nothing else. */
    @SuppressWarnings("unchecked")
    private static void assertOnlyIds(Browser browser) {
        List<Object> pushed = (List<Object>) js(browser).executeScript("return window.c2Pushed;");
        assertTrue(!pushed.isEmpty(), "a message arrived");
        for (Object message : pushed) {
            assertTrue(message.toString().matches("\\{\"ticket\":\"[0-9a-f-]{36}\"}"), message.toString());
        }
    }

    private static JavascriptExecutor js(Browser browser) {
        return (JavascriptExecutor) browser.driver();
    }

    private static WebDriverWait wait(Browser browser) {
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(20));
    }

    private ApiClient api() throws Exception {
        return new ApiClient(base.toURI());
    }
}
