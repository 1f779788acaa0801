package org.c2desk.ear.console;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.c2desk.ear.support.Browser;
import org.c2desk.ear.support.BrowserIT;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The ticket list and a ticket's page on a tablet (768×1024) and a small laptop (1366×768): the page itself never
 * scrolls sideways (a wide table scrolls inside its own box) and the navigation stays visible. Screenshots under
 * target/screenshots, kept in docs/ for the README.
 */
class SmallScreensIT extends BrowserIT {

    /** The window sizes looked at: a tablet held upright, a small laptop. */
    private static final String SIZES = "768x1024,1366x768";

    @Test
    void theListAndATicketFitATabletAndASmallLaptop() throws Exception {
        try (Browser browser = new Browser(base.toURI(), "en-US")) {
            browser.signIn("console", "admin", "pax123");
            browser.open("console/tickets.xhtml");
            String ticketUrl = browser.find("tbody[id='list:tickets_data'] a.c2-ticket-link")
                    .getAttribute("href");
            for (String size : SIZES.split(",")) {
                String[] wh = size.split("x");
                browser.driver()
                        .manage()
                        .window()
                        .setSize(new Dimension(Integer.parseInt(wh[0]), Integer.parseInt(wh[1])));
                String name = wh[0].equals("768") ? "tablet" : "laptop";

                browser.open("console/tickets.xhtml");
                browser.find("tbody[id='list:tickets_data'] a.c2-ticket-link");
                assertNoSidewaysScroll(browser, "ticket list at " + size);
                assertTrue(browser.find("a[id='navTickets']").isDisplayed(), "navigation visible at " + size);
                browser.screenshot("console-" + name + "-tickets-en");

                browser.driver().get(ticketUrl);
                browser.find("span[id='title']");
                assertNoSidewaysScroll(browser, "ticket page at " + size);
                assertTrue(browser.find("button[id='ticket:save']").isDisplayed(), "save button at " + size);
                browser.screenshot("console-" + name + "-ticket-en");
            }
        }
    }

    private static void assertNoSidewaysScroll(Browser browser, String where) {
        Object overflow = ((JavascriptExecutor) browser.driver())
                .executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertTrue(((Number) overflow).intValue() <= 1, where + ": the page scrolls sideways by " + overflow + " px");
    }
}
