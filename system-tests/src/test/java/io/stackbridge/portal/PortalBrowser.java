package io.stackbridge.portal;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;

/**
 * Debian's headless Chromium on the operator's portal, through {@code /usr/bin/chromedriver} given
 * explicitly (Selenium Manager downloads nothing): a fresh profile, a 1366×768 window, the emulator's
 * own certificate accepted, the browser's console kept, screenshots written to {@link #SCREENSHOTS}.
 */
final class PortalBrowser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "portal-screenshots");
    static final Duration PATIENCE = Duration.ofSeconds(45);

    private final ChromeDriver driver;
    private final Path profile;

    private PortalBrowser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** Skips the test when Chromium or its driver is missing, and fails it instead on CI ({@code CI=true}). */
    static void requireChromium() {
        if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) {
            return;
        }
        String missing = "Debian's chromium and chromium-driver are not installed (" + CHROMIUM + ", " + CHROMEDRIVER
                + "): .ci/run installs them (apt-get install chromium chromium-driver)";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            Assertions.fail(missing);
        }
        Assumptions.abort(missing);
    }

    /** A browser asking for {@code language} ("en", "fr"), showing the portal of the emulator at {@code emulator}. */
    static PortalBrowser open(URI emulator, String language) {
        return open(emulator, language, "");
    }

    /** The same, the page's address ending with {@code fragment} (such as {@code #key=…}; empty for none). */
    static PortalBrowser open(URI emulator, String language, String fragment) {
        requireChromium();
        Path profile = temporaryProfile();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                "--user-data-dir=" + profile, "--window-size=1366,768", "--lang=" + language);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language,
                "download.default_directory", downloads(profile).toString(), "download.prompt_for_download", false));
        options.setAcceptInsecureCerts(true);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        try {
            driver.manage().window().setSize(new Dimension(1366, 768));
            driver.get(emulator + "/_stackbridge/portal/" + fragment);
            return new PortalBrowser(driver, profile);
        } catch (RuntimeException failed) {
            driver.quit(); // Chromium and its driver are running already: nobody else would stop them
            throw failed;
        }
    }

    /** Where the browser saves what the page downloads. */
    Path downloads() {
        return downloads(profile);
    }

    private static Path downloads(Path profile) {
        return profile.resolve("downloads");
    }

    WebDriver driver() {
        return driver;
    }

    WebElement find(String id) {
        return driver.findElement(By.id(id));
    }

    /** Waits, polling, until {@code condition} holds (at most {@link #PATIENCE}). */
    <T> T until(ExpectedCondition<T> condition) {
        return new WebDriverWait(driver, PATIENCE, Duration.ofMillis(100))
                .ignoring(StaleElementReferenceException.class)
                .until(condition);
    }

    /** Clicks the element {@code id} once it can be clicked (again, should a refresh redraw it meanwhile). */
    void click(String id) {
        until(ignored -> {
            WebElement element = find(id);
            if (!element.isDisplayed() || !element.isEnabled()) {
                return null;
            }
            element.click();
            return true;
        });
    }

    /** Clicks a section's tab. */
    void section(String name) {
        click("tab-" + name);
        until(ignored -> find(name).isDisplayed());
    }

    /** Writes the page as it looks now to {@code target/portal-screenshots/NAME.png}. */
    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    /** What the console said at level SEVERE (errors) since the last call. */
    List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .toList();
    }

    /** Whether the page is wider than the window (a horizontal scroll bar on a laptop). */
    boolean overflowsSideways() {
        Object wider = ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollWidth > window.innerWidth;");
        return Boolean.TRUE.equals(wider);
    }

    String activeId() {
        return driver.switchTo().activeElement().getAttribute("id");
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException | RuntimeException ignored) {
                // a temporary profile left behind is harmless
            }
        }
    }

    private static Path temporaryProfile() {
        try {
            return Files.createTempDirectory("stackbridge-chromium-");
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }
}
