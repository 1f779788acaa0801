package org.c2desk.ear.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.c2desk.ear.support.Browser;
import org.c2desk.ear.support.BrowserIT;
import org.c2desk.ear.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The console's clients and CMDB in a real headless Chromium: create with validation, find, open, relate, not found. */
class ClientsAndCisIT extends BrowserIT {

    /** "CI API" of the documentation's seed. */
    private static final String CI_API = "e33ce7a9-cc55-456a-91ec-778c82a4184a";
    /** The demo's LAPTOP-0001 (Northwind Health) and Julie Gagnon (Boréal Énergie). */
    private static final String NORTHWIND_CI = "7f878852-bc51-423d-a4a5-ef730ecc7a3d";

    private static final String BOREAL_CLIENT = "7c000000-0000-4000-8000-000000000011";
    /** The "Resources" group every demo agent belongs to, and the "Selenium Tests" enterprise. */
    private static final String RESOURCES_GROUP = "60000000-0000-4000-8000-000000000002";

    private static final String SELENIUM_ENTERPRISE = "04a1e54f-fbf9-4cd1-93b3-5a7ae9489c46";

    @Test
    void anAgentCreatesAClientFindsItOpensItCreatesACiAndRelatesIt() throws Exception {
        try (Browser browser = new Browser(base.toURI(), "en-US")) {
            browser.signIn("console", "admin", "pax123");
            String unique = Long.toString(System.nanoTime(), 36);
            String lastName = "Records" + unique;

            // A bad e-mail address: the message is beside the field and nothing is saved.
            browser.open("console/client-edit.xhtml");
            browser.type("input[id='client:firstName']", "Ada");
            browser.type("input[id='client:lastName']", lastName);
            browser.type("input[id='client:email']", "not-an-email");
            new Select(browser.find("select[id='client:enterprise']")).selectByVisibleText("Selenium Tests");
            browser.click("button[id='client:save']");
            assertTrue(browser.url().contains("/console/client-edit.xhtml"), "nothing saved: " + browser.url());
            String message = browser.find("[id='client:emailMessage']").getText();
            assertTrue(message.toLowerCase().contains("mail"), message);
            assertEquals(
                    "Ada",
                    browser.find("input[id='client:firstName']").getAttribute("value"),
                    "the form keeps what was typed");
            browser.screenshot("console-client-refused");
            assertEquals(0, findClients(browser, lastName).size(), "the refused client was not saved");

            // Corrected, it is saved and shown.
            browser.open("console/client-edit.xhtml");
            browser.type("input[id='client:firstName']", "Ada");
            browser.type("input[id='client:lastName']", lastName);
            browser.type("input[id='client:email']", "ada." + unique + "@example.org");
            new Select(browser.find("select[id='client:enterprise']")).selectByVisibleText("Selenium Tests");
            browser.click("button[id='client:save']");
            assertTrue(browser.url().contains("/console/client.xhtml?id="), browser.url());
            String clientUrl = browser.url();
            assertEquals("Ada " + lastName, browser.find("span[id='name']").getText());
            assertEquals(
                    "ada." + unique + "@example.org",
                    browser.find("span[id='email']").getText());
            assertTrue(browser.find("[id='enterprises']").getText().contains("Selenium Tests"));

            // Found in the list by the beginning of the last name, and opened from it.
            var rows = findClients(browser, lastName.substring(0, lastName.length() - 2));
            assertEquals(1, rows.size());
            assertTrue(
                    rows.get(0).getText().contains("ada." + unique + "@example.org"),
                    rows.get(0).getText());
            browser.click("tbody[id='list:rows_data'] a.c2-client-link");
            assertEquals(clientUrl, browser.url());

            // A CI, related to "CI API": the relation is drawn on both CIs.
            String ciName = "Records CI " + unique;
            browser.open("console/ci-edit.xhtml");
            browser.type("input[id='ci:englishName']", ciName);
            new Select(browser.find("select[id='ci:folder']")).selectByVisibleText("Inventory");
            new Select(browser.find("select[id='ci:category']")).selectByVisibleText("General");
            browser.click("button[id='ci:save']");
            assertTrue(browser.url().contains("/console/ci.xhtml?id="), browser.url());
            assertEquals(ciName, browser.find("span[id='name']").getText());
            assertTrue(browser.text().contains("This CI is not related to other CIs yet."));

            browser.pick("input[id='relate:relatedCi_input']", "CI API", "· CI API");
            new Select(browser.find("select[id='relate:relationType']")).selectByVisibleText("Depends on");
            browser.click("button[id='relate:relateButton']");
            assertTrue(browser.text().contains("The CIs are now related."), browser.text());
            String graph = browser.find("[id='graph']").getText();
            assertTrue(graph.contains("CI API") && graph.contains("Depends on"), graph);
            browser.screenshot("console-ci-related");

            browser.open("console/ci.xhtml?id=" + CI_API);
            graph = browser.find("[id='graph']").getText();
            assertTrue(graph.contains(ciName) && graph.contains("Depends on"), graph);
        }
    }

    @Test
    void twoAgentsEditingTheSameClientTheSecondIsToldAndNothingOfHisIsSaved() throws Exception {
        String city = "Rimouski " + Long.toString(System.nanoTime(), 36);
        try (Browser first = new Browser(base.toURI(), "en-US");
                Browser second = new Browser(base.toURI(), "en-US")) {
            first.signIn("console", "admin", "pax123");
            second.signIn("console", "agent.en", "pax123");
            first.open("console/client-edit.xhtml?id=" + BOREAL_CLIENT);
            second.open("console/client-edit.xhtml?id=" + BOREAL_CLIENT);
            first.type("input[id='client:city']", city);
            first.click("button[id='client:save']");
            assertEquals(city, first.find("span[id='city']").getText());

            second.type("input[id='client:phone']", "418-555-0199");
            second.click("button[id='client:save']");
            assertTrue(second.url().contains("/console/client-edit.xhtml"), second.url());
            assertTrue(
                    second.text().contains("Someone else saved this record after you opened it; nothing was saved."),
                    second.text());
            second.click("[id='client:reload'] a");
            assertEquals(city, second.find("input[id='client:city']").getAttribute("value"));
            assertFalse("418-555-0199"
                    .equals(second.find("input[id='client:phone']").getAttribute("value")));
        }
    }

    @Test
    void aClientOrCiTheAgentMayNotSeeOrThatDoesNotExistIsNotFound() throws Exception {
        try (Browser browser = new Browser(base.toURI(), "en-US")) {
            browser.signIn("console", "admin", "pax123");
            browser.open("console/ci.xhtml?id=00000000-0000-0000-0000-000000000000");
            assertTrue(browser.text().contains("This CI was not found."));
            browser.open("console/client.xhtml?id=not-an-id");
            assertTrue(browser.text().contains("This client was not found."));
            browser.open("console/client-edit.xhtml?id=00000000-0000-0000-0000-000000000000");
            assertTrue(browser.text().contains("This client was not found."));
        }
        // The agents' group limited to one enterprise for the time of the test.
        TestDatabase.execute("insert into group_enterprise (group_id, enterprise_id) values ('" + RESOURCES_GROUP
                + "', '" + SELENIUM_ENTERPRISE + "')");
        try (Browser browser = new Browser(base.toURI(), "en-US")) {
            browser.signIn("console", "agent.hr", "pax123");
            browser.open("console/ci.xhtml?id=" + NORTHWIND_CI);
            assertTrue(browser.text().contains("This CI was not found."), browser.text());
            browser.open("console/client.xhtml?id=" + BOREAL_CLIENT);
            assertTrue(browser.text().contains("This client was not found."), browser.text());
            browser.open("console/ci.xhtml?id=" + CI_API);
            assertFalse(browser.text().contains("This CI was not found."), "a CI of no enterprise is seen by all");
        } finally {
            TestDatabase.execute("delete from group_enterprise where group_id = '" + RESOURCES_GROUP
                    + "' and enterprise_id = '" + SELENIUM_ENTERPRISE + "'");
        }
    }

    private static java.util.List<WebElement> findClients(Browser browser, String text) {
        browser.open("console/clients.xhtml");
        browser.type("input[id='list:q']", text);
        WebElement before = browser.find("tbody[id='list:rows_data']");
        browser.find("button[id='list:searchButton']").click();
        browser.waiting().until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(before));
        browser.waiting().until(d -> {
            var body = d.findElement(By.cssSelector("tbody[id='list:rows_data']"));
            return body.getText().contains(text) || body.getText().contains("None.");
        });
        return browser.driver().findElements(By.cssSelector("tbody[id='list:rows_data'] tr")).stream()
                .filter(tr -> tr.getText().contains(text))
                .toList();
    }
}
