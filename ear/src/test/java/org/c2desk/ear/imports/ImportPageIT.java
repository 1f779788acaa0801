package org.c2desk.ear.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.c2desk.ear.support.Browser;
import org.c2desk.ear.support.BrowserIT;
import org.c2desk.ear.support.ClientCsv;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;

/** Management/Imports in a real headless Chromium: template, upload, the progress bar moving, the report. */
class ImportPageIT extends BrowserIT {

    /** Big enough that the job runs for several polls of the page (every 2 s). */
    static final int ROWS = 80_000;

    static final int BAD_1 = 5;
    static final int BAD_2 = 40_000;

    @Test
    void anAgentUploadsAFileWatchesTheProgressAndDownloadsTheReport() throws Exception {
        String tag = "page" + UUID.randomUUID().toString().substring(0, 8);
        Path file = Files.createTempFile("clients-", ".csv");
        Files.write(file, ClientCsv.file(tag, ROWS, BAD_1, BAD_2));
        try (Browser browser = new Browser(base.toURI(), "en-US")) {
            browser.signIn("console", "admin", "pax123");
            browser.click("a[id='header:navImports']");
            String page = browser.text();
            assertTrue(page.contains("Keep the column names"), page);
            assertTrue(page.contains("format the columns that hold numbers"), page);
            assertTrue(page.contains("CSV UTF-8"), page);
            assertTrue(page.contains("Test with one or two clients first"), page);
            assertTrue(browser.find("#sizeLimit").getText().contains("512 MB"), "the size limit is said up front");

            String template = get(browser, browser.find("#templateLink").getAttribute("href"));
            assertTrue(template.startsWith("\uFEFFFirstName,LastName,EmailAddress"), template);

            browser.find("input[type='file']").sendKeys(file.toAbsolutePath().toString());
            browser.find("label[for='upload:mode:1']").click(); // Import, not a dry run
            browser.click("button[id='upload:start']");
            assertTrue(browser.text().contains("has started"), browser.text());

            List<Long> seen = new ArrayList<>();
            long deadline = System.currentTimeMillis() + 300_000;
            String status = "";
            while (System.currentTimeMillis() < deadline) {
                long done;
                try {
                    status = browser.find("#runs\\:currentStatus").getText();
                    done = number(browser.find("#runs\\:done").getText());
                } catch (StaleElementReferenceException e) {
                    continue; // the poll replaced the panel meanwhile
                }
                if (seen.isEmpty() || seen.get(seen.size() - 1) != done) {
                    seen.add(done);
                }
                if (!status.equals("Running") && !status.equals("Waiting")) {
                    break;
                }
                Thread.sleep(500);
            }
            browser.screenshot("imports-done");
            assertEquals("Completed", status, browser.text());
            assertTrue(
                    seen.stream().anyMatch(n -> n > 0 && n < ROWS) && seen.size() >= 3,
                    "the progress bar moved while the job ran, without reloading the page: " + seen);
            assertEquals(ROWS, seen.get(seen.size() - 1));
            String counts = browser.find("#counts").getText();
            assertTrue(counts.contains("inserted 79,998") && counts.contains("rejected 2"), counts);

            WebElement report = browser.find("#runs\\:report");
            String csv = get(browser, report.getAttribute("href"));
            String[] lines = csv.split("\r\n");
            assertEquals(3, lines.length, csv);
            assertTrue(lines[1].startsWith((BAD_1 + 1) + ",EmailAddress,not-an-address,"), lines[1]);
            assertTrue(lines[2].startsWith((BAD_2 + 1) + ",EmailAddress,"), lines[2]);
            assertTrue(
                    browser.driver()
                                    .findElements(By.cssSelector(".c2-report-link"))
                                    .size()
                            >= 1,
                    "reports in the history");
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static long number(String text) {
        String digits = text.replaceAll("[^0-9]", "");
        return digits.isEmpty() ? 0 : Long.parseLong(digits);
    }

    /** Downloads a link of the page with the browser's session, as the browser would. */
    private static String get(Browser browser, String href) throws Exception {
        StringBuilder cookies = new StringBuilder();
        for (Cookie cookie : browser.driver().manage().getCookies()) {
            cookies.append(cookie.getName())
                    .append('=')
                    .append(cookie.getValue())
                    .append("; ");
        }
        HttpResponse<byte[]> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(href))
                                .header("Cookie", cookies.toString())
                                .timeout(Duration.ofSeconds(30))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode(), href);
        assertTrue(
                response.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
        return new String(response.body(), StandardCharsets.UTF_8);
    }
}
