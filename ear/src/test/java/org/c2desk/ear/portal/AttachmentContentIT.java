package org.c2desk.ear.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

/**
 * Attachments are judged by their bytes: a Windows program renamed .pdf is refused in the portal (with the reason
 * beside the upload field, in the client's language, and no ticket opened) and through /api/v1, which store files
 * through the same service.
 */
class AttachmentContentIT extends BrowserIT {

    private static final String REQUEST = "portal/request.xhtml?id=3e2eee86-2dd5-4465-b8f9-7df2ecd6c297";

    /** The first bytes of a Windows program: "MZ", and the "PE" header where e_lfanew points. */
    private static byte[] windowsProgram() {
        byte[] exe = new byte[1024];
        exe[0] = 'M';
        exe[1] = 'Z';
        exe[0x3c] = (byte) 0x80;
        exe[0x80] = 'P';
        exe[0x81] = 'E';
        return exe;
    }

    @Test
    void aProgramRenamedPdfIsRefusedBesideTheUploadFieldInEnglishAndFrenchAndNoTicketIsOpened() throws Exception {
        Path file = Files.createTempDirectory("c2desk-upload").resolve("invoice.pdf");
        Files.write(file, windowsProgram());
        String summary = "Invoice attached " + System.nanoTime();
        try (Browser browser = new Browser(base.toURI(), "en-US")) {
            browser.signIn("portal", "clientapi", "pax123");
            browser.open(REQUEST);
            browser.type("input[id='request:summary']", summary);
            browser.find("input[type='file']").sendKeys(file.toString());
            browser.click("button[id='request:submit']");
            assertTrue(
                    besideTheField(browser)
                            .contains("The file “invoice.pdf” is a program or a script: it cannot be attached."),
                    browser.text());
            showTheFileField(browser);
            browser.screenshot("portal-upload-refused-en");

            browser.click("a[id='header:language']");
            browser.open(REQUEST);
            browser.type("input[id='request:summary']", summary);
            browser.find("input[type='file']").sendKeys(file.toString());
            browser.click("button[id='request:submit']");
            assertTrue(
                    besideTheField(browser).contains("Le fichier « invoice.pdf » est un programme ou un script"),
                    browser.text());
            showTheFileField(browser);
            browser.screenshot("portal-upload-refused-fr");
            browser.click("a[id='header:language']");

            browser.open("portal/requests.xhtml?q=" + summary.substring(summary.lastIndexOf(' ') + 1));
            assertTrue(
                    browser.text().contains("No request matches this search."), "no ticket opened: " + browser.text());
        }
    }

    @Test
    void theRestApiRefusesTheSameFileAndTakesARealPdf() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String auth = "Basic " + Base64.getEncoder().encodeToString("admin:pax123".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> created = http.send(
                HttpRequest.newBuilder(base.toURI().resolve("api/v1/tickets"))
                        .header("Authorization", auth)
                        .header("Content-Type", "application/json")
                        .POST(
                                HttpRequest.BodyPublishers.ofString(
                                        "{\"enterpriseId\":\"04a1e54f-fbf9-4cd1-93b3-5a7ae9489c46\","
                                                + "\"ticketTypeId\":\"10000000-0000-4000-8000-000000000001\",\"summary\":\"sniffing\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(201, created.statusCode(), created.body());
        URI attachments = URI.create(created.headers().firstValue("Location").orElseThrow() + "/attachments");

        HttpResponse<String> refused =
                upload(http, auth, attachments, "invoice.pdf", "application/pdf", windowsProgram());
        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(refused.body().contains("invoice.pdf") && refused.body().contains("program"), refused.body());

        HttpResponse<String> renamed = upload(
                http,
                auth,
                attachments,
                "photo.png",
                "image/png",
                "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        assertEquals(400, renamed.statusCode(), renamed.body());
        assertTrue(renamed.body().contains("not a .png file"), renamed.body());

        HttpResponse<String> accepted = upload(
                http,
                auth,
                attachments,
                "scan.pdf",
                "application/pdf",
                "%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        assertEquals(201, accepted.statusCode(), accepted.body());
        String list = http.send(
                        HttpRequest.newBuilder(attachments)
                                .header("Authorization", auth)
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        assertTrue(list.contains("scan.pdf") && !list.contains("invoice.pdf") && !list.contains("photo.png"), list);
    }

    private static void showTheFileField(Browser browser) {
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("arguments[0].scrollIntoView({block: 'center'})", browser.find("#fileLimits"));
    }

    /** The messages of the form's fields (p:message beside each), not the page's global ones. */
    private static String besideTheField(Browser browser) {
        StringBuilder text = new StringBuilder();
        browser.driver()
                .findElements(org.openqa.selenium.By.cssSelector("form .ui-message"))
                .forEach(m -> text.append(m.getText()).append('\n'));
        return text.toString();
    }

    private static HttpResponse<String> upload(
            HttpClient http, String auth, URI attachments, String name, String type, byte[] bytes) throws Exception {
        return http.send(
                HttpRequest.newBuilder(attachments)
                        .header("Authorization", auth)
                        .header("Content-Type", type)
                        .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(bytes))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
