package org.c2desk.ear.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.c2desk.ear.support.Browser;
import org.c2desk.ear.support.BrowserIT;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The agent console's daily loop in a real headless Chromium: create, find, answer, assign, close, history. */
class TicketWorkIT extends BrowserIT {

    private static final String SAMPLE_CATEGORY = "1bb3365b-95ff-4ec1-ab2e-49f0d3dc4467";
    private static final String SAMPLE_REQUEST = "3e2eee86-2dd5-4465-b8f9-7df2ecd6c297";

    @Test
    void anAgentCreatesFindsAnswersAssignsAndClosesATicketAndSeesItsHistory() throws Exception {
        try (Browser browser = new Browser(base.toURI(), "en-US")) {
            browser.signIn("console", "admin", "pax123");
            String word =
                    "zorglub" + Long.toString(System.nanoTime(), 36) + Long.toString(System.currentTimeMillis(), 36);
            String summary = "<script>alert('x')</script> " + word;
            openTicket(browser, summary, "123.45");
            String ticketUrl = browser.url();
            assertTrue(ticketUrl.contains("/console/ticket.xhtml?id="), ticketUrl);

            // What a person typed is shown as text, never run.
            assertEquals(summary, browser.find("[id$='title']").getText());
            assertEquals("Client1 Client1", browser.find("[id$='client']").getText());
            assertEquals("123.45", browser.find("input[id$=':number_input']").getAttribute("value"));
            browser.screenshot("console-ticket-created");

            // Found by full-text search on the start of a word of its summary.
            browser.open("console/tickets.xhtml");
            browser.type("input[id='list:q']", word.substring(0, word.length() - 2));
            browser.find("button[id='list:searchButton']").click();
            wait(browser)
                    .until(d -> d.findElements(By.cssSelector("tbody[id='list:tickets_data'] tr"))
                                    .size()
                            == 1);
            assertTrue(browser.find("tbody[id='list:tickets_data']").getText().contains(word));
            browser.screenshot("console-search");
            browser.click("tbody[id='list:tickets_data'] a.c2-ticket-link");
            assertEquals(ticketUrl, browser.url());

            // A public reply.
            browser.type("textarea[id='reply:body']", "We are sending a new screen <b>today</b>.");
            browser.click("button[id='reply:send']");
            assertTrue(browser.text().contains("The reply was sent."));
            assertTrue(browser.text().contains("We are sending a new screen <b>today</b>."));

            // Assign it and take it in charge, then resolve and close it, following the allowed transitions.
            new Select(browser.find("select[id='ticket:assignee']")).selectByVisibleText("Admin C2 Desk");
            new Select(browser.find("select[id='ticket:status']")).selectByVisibleText("In progress");
            browser.click("button[id='ticket:save']");
            assertTrue(browser.text().contains("The ticket was saved."), browser.text());
            assertEquals("In progress", browser.find("span[id='status']").getText());
            assertEquals("Admin C2 Desk", browser.find("span[id='assignees']").getText());
            assertFalse(options(browser).contains("New"), "In progress cannot go back to New: " + options(browser));

            new Select(browser.find("select[id='ticket:status']")).selectByVisibleText("Resolved");
            browser.click("button[id='ticket:save']");
            new Select(browser.find("select[id='ticket:status']")).selectByVisibleText("Closed");
            browser.click("button[id='ticket:save']");
            assertEquals("Closed", browser.find("span[id='status']").getText());

            String history = browser.find("[id$='history']").getText();
            assertTrue(history.contains("NEW IN_PROGRESS"), history);
            assertTrue(history.contains("IN_PROGRESS RESOLVED"), history);
            assertTrue(history.contains("RESOLVED CLOSED"), history);
            assertTrue(history.contains("Assignee"), history);
            assertTrue(history.contains("PublicReply"), history);
            List<String> decimalLines =
                    history.lines().filter(line -> line.contains("CF Decimal")).toList();
            assertEquals(1, decimalLines.size(), "an unchanged custom field is not saved again: " + history);
            assertTrue(decimalLines.get(0).contains("Created"), "only its creation records it: " + history);
            browser.screenshot("console-ticket-closed");
        }
    }

    @Test
    void bulkActionsAssignChangeTheStatusWithARefusalPerTicketAndChangeTheQueue() throws Exception {
        try (Browser browser = new Browser(base.toURI(), "en-US")) {
            browser.signIn("console", "admin", "pax123");
            String word = "bulk" + Long.toString(System.nanoTime(), 36);
            openTicket(browser, "First " + word, "1");
            String first = browser.find("span[id='number']").getText();
            // The first ticket is taken in charge: it cannot go back to New.
            new Select(browser.find("select[id='ticket:status']")).selectByVisibleText("In progress");
            browser.click("button[id='ticket:save']");
            assertEquals("In progress", browser.find("span[id='status']").getText());
            openTicket(browser, "Second " + word, "2");
            String second = browser.find("span[id='number']").getText();

            browser.open("console/tickets.xhtml");
            selectBoth(browser, word);
            browser.click("button[id='list:assignToMe']");
            wait(browser)
                    .until(d -> d.findElement(By.id("messages")).getText().contains("2 ticket(s) changed, 0 refused."));

            selectBoth(browser, word);
            pick(browser, "list:bulkStatus", "New");
            browser.click("button[id='list:changeStatus']");
            wait(browser)
                    .until(d -> d.findElement(By.id("messages")).getText().contains("1 ticket(s) changed, 1 refused."));
            String outcomes = browser.find("[id='list:outcomes']").getText();
            assertTrue(outcomes.contains(first + ": A ticket cannot go from IN_PROGRESS to NEW."), outcomes);
            assertFalse(outcomes.contains(second), outcomes);

            selectBoth(browser, word);
            pick(browser, "list:bulkQueue", "Network");
            browser.click("button[id='list:changeQueue']");
            wait(browser)
                    .until(d -> d.findElement(By.id("messages")).getText().contains("2 ticket(s) changed, 0 refused."));
            String rows = browser.find("tbody[id='list:tickets_data']").getText();
            assertTrue(rows.contains("Network"), rows);
            browser.screenshot("console-bulk");

            browser.click("tbody[id='list:tickets_data'] a.c2-ticket-link");
            assertEquals("Network", browser.find("span[id='queue']").getText());
            assertEquals("Admin C2 Desk", browser.find("span[id='assignees']").getText());
        }
    }

    /** Chooses in a select that a selection's Ajax update may replace meanwhile, until the choice holds. */
    private static void pick(Browser browser, String id, String label) {
        wait(browser).until(d -> {
            new Select(d.findElement(By.id(id))).selectByVisibleText(label);
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return label.equals(new Select(d.findElement(By.id(id)))
                    .getFirstSelectedOption()
                    .getText());
        });
    }

    /** Finds the two tickets by a word of their summaries and ticks both. */
    private static void selectBoth(Browser browser, String word) {
        browser.type("input[id='list:q']", word);
        org.openqa.selenium.WebElement before = browser.find("tbody[id='list:tickets_data']");
        browser.find("button[id='list:searchButton']").click();
        wait(browser).until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(before));
        wait(browser)
                .until(d -> d.findElements(By.cssSelector("tbody[id='list:tickets_data'] tr"))
                                        .size()
                                == 2
                        && d.findElement(By.cssSelector("tbody[id='list:tickets_data']"))
                                .getText()
                                .contains(word));
        for (int i = 0; i < 2; i++) {
            int row = i;
            wait(browser).until(d -> {
                var box = d.findElements(By.cssSelector("tbody[id='list:tickets_data'] tr"))
                        .get(row)
                        .findElement(By.cssSelector(".ui-chkbox-box"));
                if (!box.getAttribute("class").contains("ui-state-active")) {
                    box.click();
                }
                return d.findElements(By.cssSelector("tbody[id='list:tickets_data'] tr"))
                        .get(row)
                        .findElement(By.cssSelector(".ui-chkbox-box"))
                        .getAttribute("class")
                        .contains("ui-state-active");
            });
        }
    }

    @Test
    void aMissingSummaryShowsAMessageBesideTheFieldAndSavesNothing() throws Exception {
        try (Browser browser = new Browser(base.toURI(), "en-US")) {
            browser.signIn("console", "admin", "pax123");
            openTicket(browser, "", "1.5");
            assertTrue(browser.url().contains("/console/new-ticket.xhtml"), "nothing saved: " + browser.url());
            assertTrue(browser.find(".ui-message-error").getText().contains("A value is required."), browser.text());
            // Everything typed comes back, the client reference field included.
            assertEquals(
                    "Client1 Client1",
                    browser.find("div[id$=':choice'] .ui-selectonemenu-label").getText());
            assertEquals("1.5", browser.find("input[id$=':number_input']").getAttribute("value"));
            assertEquals(
                    "Client1 Client1 (client1@test.ca)",
                    browser.find("input[id='newTicket:client_input']").getAttribute("value"));
            browser.screenshot("console-new-ticket-refused");
        }
    }

    @Test
    void aTicketTheAgentMayNotSeeOrThatDoesNotExistIsNotFound() throws Exception {
        try (Browser browser = new Browser(base.toURI(), "en-US")) {
            browser.signIn("console", "admin", "pax123");
            browser.open("console/ticket.xhtml?id=00000000-0000-0000-0000-000000000000");
            assertTrue(browser.text().contains("This ticket was not found."));
            browser.open("console/ticket.xhtml?id=not-an-id");
            assertTrue(browser.text().contains("This ticket was not found."));
        }
    }

    @Test
    void anAjaxRequestOnAViewTheServerNoLongerHoldsRendersTheExpiredPageInPlace() throws Exception {
        try (Browser browser = new Browser(base.toURI(), "en-US")) {
            browser.signIn("console", "admin", "pax123");
            browser.open("console/tickets.xhtml");
            WebElement search = browser.find("button[id='list:searchButton']");
            // Pages opened after it in the same session push this page's view out of the server's state.
            ((JavascriptExecutor) browser.driver())
                    .executeAsyncScript("const done = arguments[arguments.length - 1];"
                            + "(async () => { for (let i = 0; i < 40; i++) { await fetch('index.xhtml'); } })()"
                            + ".then(done, done);");
            search.click();
            browser.waiting().until(d -> browser.text().contains("Your page expired"));
            // Rendered in place by the server (PrimeFaces alone would send the browser to a bare /expired.xhtml).
            assertTrue(browser.url().endsWith("/console/tickets.xhtml"), browser.url());
            assertFalse(browser.text().contains("Exception"), browser.text());
            browser.screenshot("console-ajax-expired");
        }
    }

    @Test
    void theConsoleSpeaksFrenchAfterSwitchingLanguage() throws Exception {
        try (Browser browser = new Browser(base.toURI(), "en-US")) {
            browser.signIn("console", "admin", "pax123");
            browser.open("console/tickets.xhtml");
            assertTrue(browser.text().contains("Unassigned"));
            browser.click("a[id='header:language']");
            browser.open("console/tickets.xhtml");
            String text = browser.text();
            assertTrue(
                    text.contains("Billets") && text.contains("Non assignés") && text.contains("Nouveau billet"), text);
            browser.screenshot("console-tickets-fr");
            browser.click("a[id='header:language']");
        }
    }

    /** Fills the new-ticket form for Client1 Client1 from "Exemple de demande 1" with its four custom fields. */
    private static void openTicket(Browser browser, String summary, String decimal) {
        browser.open("console/new-ticket.xhtml");
        browser.find("input[id='newTicket:client_input']").sendKeys("Client1");
        browser.find("li.ui-autocomplete-item").click();
        new Select(browser.find("select[id='newTicket:category']")).selectByValue(SAMPLE_CATEGORY);
        wait(browser)
                .until(d -> new Select(d.findElement(By.id("newTicket:service")))
                                .getOptions()
                                .size()
                        > 1);
        new Select(browser.find("select[id='newTicket:service']")).selectByIndex(1);
        wait(browser)
                .until(d -> d.findElements(By.cssSelector(
                                        "select[id='newTicket:request'] option[value='" + SAMPLE_REQUEST + "']"))
                                .size()
                        == 1);
        new Select(browser.find("select[id='newTicket:request']")).selectByValue(SAMPLE_REQUEST);
        browser.find("input[id$=':number_input']");
        if (!summary.isEmpty()) {
            browser.type("input[id='newTicket:summary']", summary);
        }
        browser.type("textarea[id='newTicket:description']", "Since Monday's update.");
        browser.find("div[id$=':checkbox'] .ui-chkbox-box").click();
        browser.type("input[id$=':number_input']", decimal);
        browser.choose("div[id$=':choice']", "Client1 Client1");
        browser.type("input[id$=':datetime_input']", "2018-07-05 04:00");
        browser.find("textarea[id='newTicket:description']").click(); // closes the date picker
        browser.click("button[id='newTicket:save']");
    }

    private static java.util.List<String> options(Browser browser) {
        return new Select(browser.find("select[id='ticket:status']"))
                .getOptions().stream().map(o -> o.getText()).toList();
    }

    private static WebDriverWait wait(Browser browser) {
        WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(15));
        wait.ignoring(StaleElementReferenceException.class); // the selects are re-rendered by Ajax
        return wait;
    }
}
