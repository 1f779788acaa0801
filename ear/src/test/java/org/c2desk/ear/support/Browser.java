package org.c2desk.ear.support;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's chromium and chromium-driver packages, which .ci/run installs) for tests that
 * use the pages as a person does. Selenium Manager is kept offline: nothing is downloaded.
 */
public final class Browser implements AutoCloseable {

    private static final String CHROMIUM = System.getProperty("chromium.binary", "/usr/bin/chromium");
    private static final String DRIVER = System.getProperty("chromedriver.binary", "/usr/bin/chromedriver");

    private final WebDriver driver;
    private final URI base;
    private final Path profile;

    public Browser(URI base, String language) throws IOException {
        this.base = base;
        this.profile = Files.createTempDirectory("c2desk-chromium");
        System.setProperty("SE_OFFLINE", "true");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--window-size=1366,900",
                "--lang=" + language,
                "--user-data-dir=" + profile.toAbsolutePath());
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", language));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(DRIVER).toFile())
                .usingAnyFreePort()
                .build();
        this.driver = new ChromeDriver(service, options);
    }

    /** Is Chromium installed here? Browser tests need it (.ci/run installs it). */
    public static boolean available() {
        return Files.isExecutable(Path.of(CHROMIUM)) && Files.isExecutable(Path.of(DRIVER));
    }

    public Browser open(String path) {
        driver.get(base.resolve(path).toString());
        return this;
    }

    public WebElement find(String cssSelector) {
        return new WebDriverWait(driver, Duration.ofSeconds(15))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(cssSelector)));
    }

    public Browser type(String cssSelector, String text) {
        WebElement input = find(cssSelector);
        input.clear();
        input.sendKeys(text);
        return this;
    }

    /** Clicks and waits for the next page to be loaded (the buttons of these pages post without Ajax). */
    public Browser click(String cssSelector) {
        WebElement element = find(cssSelector);
        element.click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> gone(element));
        return this;
    }

    /**
     * Picks {@code label} in a PrimeFaces select menu: opens its panel, clicks the item once the panel's opening
     * animation is over, and checks the choice took (trying again, as a person would, if the click fell short).
     */
    public Browser choose(String menuSelector, String label) {
        WebElement menu = find(menuSelector);
        By item = By.cssSelector("li.ui-selectonemenu-item[data-label='" + label + "']");
        for (int attempt = 0; attempt < 3; attempt++) {
            menu.findElement(By.cssSelector(".ui-selectonemenu-trigger")).click();
            new WebDriverWait(driver, Duration.ofSeconds(10))
                    .until(ExpectedConditions.visibilityOfElementLocated(item));
            pause(Duration.ofMillis(400));
            driver.findElement(item).click();
            try {
                new WebDriverWait(driver, Duration.ofSeconds(3))
                        .until(d -> label.equals(menu.findElement(By.cssSelector(".ui-selectonemenu-label"))
                                .getText()));
                return this;
            } catch (org.openqa.selenium.TimeoutException e) {
                // the click fell during an animation: open the menu again
            }
        }
        throw new AssertionError("Could not choose '" + label + "' in " + menuSelector);
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Has the page that held {@code element} gone (the element detached from a document that was replaced)? */
    private static boolean gone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException e) {
            return true;
        } catch (org.openqa.selenium.WebDriverException e) {
            // Chromium sometimes reports a replaced document's node this way instead of as stale.
            return e.getMessage() != null && e.getMessage().contains("does not belong to the document");
        }
    }

    /** A wait of 15 s that tries again when an element it looks at is replaced by an Ajax update. */
    public WebDriverWait waiting() {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        return wait;
    }

    /**
     * Types into a PrimeFaces autocomplete ({@code inputSelector}) and clicks the first suggestion that contains
     * {@code suggestion}.
     */
    public Browser pick(String inputSelector, String typed, String suggestion) {
        find(inputSelector).sendKeys(typed);
        WebElement item = waiting()
                .until(d -> d.findElements(By.cssSelector("li.ui-autocomplete-item")).stream()
                        .filter(li -> li.isDisplayed() && li.getText().contains(suggestion))
                        .findFirst()
                        .orElse(null));
        item.click();
        return this;
    }

    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public String url() {
        return driver.getCurrentUrl();
    }

    public WebDriver driver() {
        return driver;
    }

    /** Keeps a screenshot under target/screenshots for a person to look at. */
    public void screenshot(String name) throws IOException {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

    /** Signs in through the area's sign-in page. */
    public Browser signIn(String area, String userName, String password) {
        open(area + "/login.xhtml");
        type("input[id='login:userName']", userName);
        type("input[id='login:password']", password);
        return click("button[id='login:submit']");
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary profile left behind is harmless
        }
    }
}
