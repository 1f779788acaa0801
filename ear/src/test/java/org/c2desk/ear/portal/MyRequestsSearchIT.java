package org.c2desk.ear.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.c2desk.ear.support.Browser;
import org.c2desk.ear.support.BrowserIT;
import org.c2desk.ear.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * "My requests" in a real headless Chromium: a client searches their tickets by words, number and status, pages
 * through them, and (if their role allows it) searches their enterprise's; never another enterprise's. The tickets
 * are written straight into the database, each test with a word of its own.
 */
class MyRequestsSearchIT extends BrowserIT {

    private static final String SELENIUM_TESTS = "04a1e54f-fbf9-4cd1-93b3-5a7ae9489c46";
    private static final String CLIENTAPI = "b9498fa8-9629-49c4-b09d-9dc2d2216675";
    private static final String CLIENT2API = "40dcb93b-e4ab-4bfc-bfe8-4897120ee1ef";
    private static final String NEW = "1d0b2a8d-0c81-4553-9ac8-7adb1fcca5d0";
    private static final String RESOLVED = "20000000-0000-4000-8000-000000000005";

    @Test
    void aClientFindsTheirRequestsByWordsNumberAndStatusAndPagesThroughThem() throws Exception {
        String word = "quokka" + System.nanoTime();
        long open = ticket(word + " keyboard stuck", NEW, SELENIUM_TESTS, CLIENTAPI);
        long resolved = ticket(word + " monitor flickers", RESOLVED, SELENIUM_TESTS, CLIENTAPI);
        ticket(word + " of a colleague", NEW, SELENIUM_TESTS, CLIENT2API);
        for (int i = 0; i < 27; i++) {
            ticket(word + " paging " + i, NEW, SELENIUM_TESTS, CLIENTAPI);
        }
        try (Browser browser = new Browser(base.toURI(), "en-US")) {
            browser.signIn("portal", "clientapi", "pax123");
            browser.click("a[id='header:navRequests']");
            assertTrue(browser.text().contains("My requests"), browser.text());
            assertTrue(browser.driver().findElements(By.id("scope")).isEmpty(), "no enterprise list for this client");

            // Words: the beginning of a word is enough; the colleague's ticket is not theirs.
            search(browser, word.substring(0, word.length() - 3) + " keyb", "");
            assertEquals(List.of(number(open)), numbers(browser));
            search(browser, word, "");
            List<String> first = numbers(browser);
            assertEquals(25, first.size(), "a page");
            assertFalse(browser.text().contains(word + " of a colleague"));
            assertFalse(first.contains(number(resolved)) || first.contains(number(open)), "the newest first: " + first);
            browser.click("a[id='nextPage']");
            List<String> second = numbers(browser);
            assertEquals(4, second.size(), "29 in all: " + second);
            assertTrue(second.stream().noneMatch(first::contains), "no ticket twice");
            assertEquals(List.of(number(resolved), number(open)), second.subList(2, 4), "the oldest last");
            assertTrue(browser.driver().findElements(By.id("nextPage")).isEmpty(), "the last page");
            assertEquals(word, browser.find("#q").getAttribute("value"), "the search stays in the box");

            // Status: resolved only, or unfinished only.
            search(browser, word, RESOLVED);
            assertEquals(List.of(number(resolved)), numbers(browser));
            search(browser, word, "open");
            assertFalse(numbers(browser).contains(number(resolved)));

            // Number, with or without its zeros; another client's number finds nothing.
            search(browser, Long.toString(resolved), "");
            assertEquals(List.of(number(resolved)), numbers(browser));
            search(browser, number(open), "");
            assertEquals(List.of(number(open)), numbers(browser));
            search(browser, word + " nosuchword", "");
            assertTrue(browser.find("#noResult").getText().contains("No request matches this search."));
            search(browser, word, "");
            browser.screenshot("portal-requests-en");

            browser.click("a[id='header:language']");
            search(browser, word, "");
            assertTrue(browser.text().contains("Mes demandes"), browser.text());
            assertTrue(browser.text().contains("Page suivante"), browser.text());
            browser.screenshot("portal-requests-fr");
            browser.click("a[id='header:language']");
        }
    }

    @Test
    void aClientWhoseRoleAllowsItSearchesTheirEnterprisesRequestsButNoOtherEnterprises() throws Exception {
        String word = "wombat" + System.nanoTime();
        long theirs = ticket(word + " printer", NEW, SELENIUM_TESTS, CLIENT2API);
        long colleagues = ticket(word + " scanner", NEW, SELENIUM_TESTS, CLIENTAPI);
        long unlinked = ticket(word + " projector", NEW, SELENIUM_TESTS, null);
        String other = otherEnterprise();
        long otherEnterprises = ticket(word + " elsewhere", NEW, other, null);
        seesEnterpriseTickets(CLIENT2API, true);
        try (Browser browser = new Browser(base.toURI(), "fr-CA")) {
            browser.signIn("portal", "client2api", "pax123");
            browser.open("portal/requests.xhtml");
            search(browser, word, "");
            assertEquals(List.of(number(theirs)), numbers(browser), "Mine first: their own only");

            new org.openqa.selenium.support.ui.Select(browser.find("#scope")).selectByValue("enterprise");
            browser.click("button[id='searchButton']");
            assertTrue(browser.text().contains("Les demandes de mon entreprise"), browser.text());
            List<String> found = numbers(browser);
            assertTrue(
                    found.containsAll(List.of(number(theirs), number(colleagues), number(unlinked))), found.toString());
            assertFalse(found.contains(number(otherEnterprises)), "never another enterprise's");
            search(browser, Long.toString(otherEnterprises), "");
            assertTrue(numbers(browser).isEmpty(), "not by its number either");
            browser.screenshot("portal-requests-enterprise-fr");
        } finally {
            seesEnterpriseTickets(CLIENT2API, false);
        }
        // Without the role, scope=enterprise in the address is only "Mine".
        try (Browser browser = new Browser(base.toURI(), "en-US")) {
            browser.signIn("portal", "clientapi", "pax123");
            browser.open("portal/requests.xhtml?scope=enterprise&q=" + word);
            assertEquals(List.of(number(colleagues)), numbers(browser));
        }
    }

    private static void search(Browser browser, String text, String status) {
        browser.find("#q").clear();
        browser.type("#q", text);
        new org.openqa.selenium.support.ui.Select(browser.find("#status")).selectByValue(status);
        browser.click("button[id='searchButton']");
    }

    private static List<String> numbers(Browser browser) {
        List<String> numbers = new ArrayList<>();
        for (WebElement link : browser.driver().findElements(By.cssSelector("a.c2-number"))) {
            numbers.add(link.getText());
        }
        return numbers;
    }

    private static String number(long sequenceNumber) {
        return String.format("%08d", sequenceNumber);
    }

    private static Connection connection() throws Exception {
        return DriverManager.getConnection(
                TestDatabase.url(TestDatabase.name()), TestDatabase.user(), TestDatabase.password());
    }

    /** A ticket (an incident) with its client, if any; its number. Each one is changed a moment after the last. */
    private static long ticket(String summary, String status, String enterprise, String client) throws Exception {
        try (Connection c = connection();
                PreparedStatement s = c.prepareStatement("""
                        insert into ticket (id, sequence_number, ticket_type_id, status_id, enterprise_id, summary,
                                            created_by, last_modified_by)
                        values (gen_random_uuid(), nextval('ticket_number_seq'), '10000000-0000-4000-8000-000000000001',
                                cast(? as uuid), cast(? as uuid), ?, 'test', 'test')
                        returning id, sequence_number""")) {
            s.setString(1, status);
            s.setString(2, enterprise);
            s.setString(3, summary);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                if (client != null) {
                    try (PreparedStatement link = c.prepareStatement("insert into ticket_client (id, ticket_id,"
                            + " client_id, is_principal) values (gen_random_uuid(), ?, cast(? as uuid), true)")) {
                        link.setObject(1, r.getObject(1));
                        link.setString(2, client);
                        link.executeUpdate();
                    }
                }
                return r.getLong(2);
            }
        }
    }

    private static String otherEnterprise() throws Exception {
        try (Connection c = connection();
                PreparedStatement s =
                        c.prepareStatement("select id from enterprise where id <> cast(? as uuid) limit 1")) {
            s.setString(1, SELENIUM_TESTS);
            try (ResultSet r = s.executeQuery()) {
                assertTrue(r.next(), "the demo data has several enterprises");
                return r.getString(1);
            }
        }
    }

    private static void seesEnterpriseTickets(String client, boolean sees) throws Exception {
        try (Connection c = connection();
                PreparedStatement s = c.prepareStatement(
                        "update client set sees_enterprise_tickets = ? where id = cast(? as uuid)")) {
            s.setBoolean(1, sees);
            s.setString(2, client);
            s.executeUpdate();
        }
    }
}
