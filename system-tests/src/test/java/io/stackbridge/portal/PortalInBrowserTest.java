package io.stackbridge.portal;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.stackbridge.domain.text.Language;
import io.stackbridge.domain.text.MessageBundle;
import io.stackbridge.junit.StackBridgeEmulator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The operator's portal in a real browser (headless Chromium), each test on an emulator of its own.
 * Screenshots of each state go to {@code system-tests/target/portal-screenshots}.
 */
class PortalInBrowserTest {

    private static final String BREAKS_SIGN_IN = "sign-in-refused";
    private static final int MOST_TABS = 60;

    @RegisterExtension
    StackBridgeEmulator emulator = StackBridgeEmulator.start();

    @BeforeAll
    static void chromium() {
        PortalBrowser.requireChromium();
    }

    @Test
    void the_page_loads_without_console_errors_and_fits_a_laptop_screen() {
        try (PortalBrowser browser = PortalBrowser.open(emulator.url(), "en")) {
            browser.until(ExpectedConditions.visibilityOfElementLocated(By.id("region-status")));
            browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("freshness"), "Updated"));
            browser.screenshot("page-loaded");
            assertThat(browser.overflowsSideways()).as("wider than 1366 px").isFalse();
            for (String section : new String[] {"azure", "training", "support"}) {
                browser.section(section);
                browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("freshness"), "Updated"));
                browser.screenshot("section-" + section);
                assertThat(browser.overflowsSideways()).as(section + " wider than 1366 px").isFalse();
            }
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }

    @Test
    void a_hash_that_names_no_section_of_the_page_shows_the_stack_side() {
        try (PortalBrowser browser = PortalBrowser.open(emulator.url(), "en")) {
            browser.until(ExpectedConditions.visibilityOfElementLocated(By.id("region-status")));
            browser.driver().get(emulator.url() + "/_stackbridge/portal/#toString");
            browser.driver().navigate().refresh();
            browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("freshness"), "Updated"));
            assertThat(browser.find("stack").isDisplayed()).isTrue();
            assertThat(browser.find("tab-stack").getAttribute("aria-current")).isEqualTo("page");
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }

    @Test
    void the_language_switch_changes_the_page_at_once_and_is_remembered() {
        try (PortalBrowser browser = PortalBrowser.open(emulator.url(), "en")) {
            browser.until(ExpectedConditions.textToBe(By.id("send-usage"), "Send usage now"));
            new Select(browser.find("language")).selectByValue("fr");
            browser.until(ExpectedConditions.textToBe(By.id("send-usage"), "Envoyer l’utilisation maintenant"));
            assertThat(browser.find("tab-training").getText()).isEqualTo("Formation");
            browser.driver().navigate().refresh();
            browser.until(ExpectedConditions.textToBe(By.id("send-usage"), "Envoyer l’utilisation maintenant"));
            assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("fr");
            browser.screenshot("language-switched-fr");
        }
    }

    @Test
    void region_management_shows_the_hosted_stamps_registration() {
        try (PortalBrowser browser = PortalBrowser.open(emulator.url(), "en")) {
            browser.click("register");
            browser.until(ExpectedConditions.textToBe(By.id("region-status"), "Registered"));
            String name = browser.find("region-registration-name").getText();
            assertThat(name).isNotBlank().isNotEqualTo("—");
            assertThat(browser.find("region-subscription").getText()).matches("[0-9a-f-]{36}");
            assertThat(browser.find("region-resource-group").getText()).isNotEqualTo("—");
            assertThat(browser.find("region-billing-model").getText()).isEqualTo("PayAsYouUse");
            assertThat(browser.find("region-activation-expiry").getText()).as("a key that never expires says so")
                    .isNotBlank().doesNotContain("9999");
            assertThat(browser.find("register").isDisplayed()).isFalse();
            browser.screenshot("region-registered");
            browser.click("send-usage");
            browser.until(ExpectedConditions.attributeToBe(By.id("bridge-tile"), "data-state", "healthy"));
            browser.screenshot("bridge-healthy");
            browser.section("azure");
            browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("registrations"), name));
            browser.until(ExpectedConditions.visibilityOfElementLocated(By.id("usage-rows")));
            browser.screenshot("azure-registrations-and-usage");
            browser.click("grain-day");
            browser.until(ExpectedConditions.attributeToBe(By.id("usage-table"), "data-grain", "day"));
            browser.until(ExpectedConditions.visibilityOfElementLocated(By.id("usage-rows")));
            browser.screenshot("azure-usage-by-day");
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }

    @Test
    void a_broken_bridge_shows_its_error_code_and_the_resolution_in_french() {
        PortalApi api = new PortalApi(emulator);
        try (PortalBrowser browser = PortalBrowser.open(emulator.url(), "fr")) {
            browser.until(ExpectedConditions.textToBe(By.id("send-usage"), "Envoyer l’utilisation maintenant"));
            browser.click("register");
            browser.until(ExpectedConditions.textToBe(By.id("region-status"), "Inscrit"));
            browser.section("training");
            browser.click("preset-" + BREAKS_SIGN_IN);
            browser.until(ExpectedConditions.attributeToBe(By.id("preset-" + BREAKS_SIGN_IN), "aria-checked", "true"));
            browser.screenshot("preset-on-fr");
            browser.section("stack");
            browser.click("send-usage");
            browser.until(ExpectedConditions.textToBe(By.id("bridge-error-code"), "LoginError"));
            // The error may show while the run that met it is still winding down: wait for the state, do not read it at once.
            browser.until(ExpectedConditions.textToBe(By.id("bridge-state"), "En échec"));
            browser.screenshot("bridge-failing-fr");
            browser.click("diagnose");
            browser.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#diagnosis-steps li.failed")));
            assertThat(browser.find("diagnosis-steps").getText()).contains("LoginError");
            browser.screenshot("diagnosis-fr");
            browser.click("bridge-details");
            browser.until(ExpectedConditions.visibilityOfElementLocated(By.id("bridge-dialog")));
            assertThat(browser.find("dialog-remediation").getText()).startsWith(frenchRemediationOpening());
            browser.screenshot("bridge-details-fr");
            // the cause comes in the reader's language too: the same failure read in English says it otherwise
            String englishCause = cause(api.send("GET", "/stamp", "en"));
            String frenchCause = cause(api.send("GET", "/stamp", "fr"));
            assertThat(frenchCause).as("the cause in French").isNotBlank().isNotEqualTo(englishCause);
            // WebDriver reads a no-break space (French typography) as a plain one
            assertThat(browser.find("dialog-cause").getText()).isEqualTo(frenchCause.replace('\u00a0', ' '));
        }
    }

    @Test
    void a_lab_started_from_the_page_shows_its_symptom_and_its_check_passes_after_the_fix() {
        try (PortalBrowser browser = PortalBrowser.open(emulator.url(), "en")) {
            browser.section("training");
            browser.click("lab-start-login-error");
            browser.until(ExpectedConditions.visibilityOfElementLocated(By.id("lab-symptom")));
            assertThat(browser.find("lab-symptom").getText()).contains("LoginError");
            browser.until(ExpectedConditions.attributeToBe(By.id("preset-" + BREAKS_SIGN_IN), "aria-checked", "true"));
            browser.screenshot("lab-started");
            browser.click("lab-check");
            browser.until(ExpectedConditions.attributeContains(By.id("lab-outcome"), "class", "failed"));
            browser.click("lab-hint");
            browser.until(ExpectedConditions.visibilityOfElementLocated(By.id("lab-hints")));
            browser.click("preset-" + BREAKS_SIGN_IN);
            browser.until(ExpectedConditions.attributeToBe(By.id("preset-" + BREAKS_SIGN_IN), "aria-checked", "false"));
            browser.click("lab-check");
            browser.until(ExpectedConditions.attributeContains(By.id("lab-outcome"), "class", "passed"));
            browser.screenshot("lab-fixed");
        }
    }

    @Test
    void the_keyboard_reaches_the_details_opens_them_with_enter_and_closes_them_with_escape() {
        PortalApi api = new PortalApi(emulator);
        api.send("POST", "/stamp/registration");
        api.send("PUT", "/azure/presets/" + BREAKS_SIGN_IN);
        api.send("POST", "/stamp/bridge/runs");
        try (PortalBrowser browser = PortalBrowser.open(emulator.url(), "en")) {
            browser.until(ExpectedConditions.visibilityOfElementLocated(By.id("bridge-details")));
            Actions keyboard = new Actions(browser.driver());
            for (int tabs = 0; tabs < MOST_TABS && !"bridge-details".equals(browser.activeId()); tabs++) {
                keyboard.sendKeys(Keys.TAB).perform();
            }
            assertThat(browser.activeId()).isEqualTo("bridge-details");
            browser.screenshot("keyboard-focus-on-details");
            keyboard.sendKeys(Keys.ENTER).perform();
            browser.until(ExpectedConditions.visibilityOfElementLocated(By.id("bridge-dialog")));
            assertThat(browser.activeId()).isEqualTo("dialog-close");
            browser.screenshot("keyboard-details-open");
            keyboard.sendKeys(Keys.ESCAPE).perform();
            browser.until(ExpectedConditions.invisibilityOfElementLocated(By.id("bridge-dialog")));
            browser.until(ignored -> "bridge-details".equals(browser.activeId()));
        }
    }

    @Test
    void the_support_form_downloads_the_log_bundle_and_explains_a_reversed_range() throws Exception {
        try (PortalBrowser browser = PortalBrowser.open(emulator.url(), "en")) {
            browser.section("support");
            browser.click("logs-download");
            browser.until(ignored -> zipIn(browser.downloads()));
            assertThat(browser.find("logs-outcome").getText()).startsWith("Downloaded");
            browser.screenshot("support-downloaded");
            ((JavascriptExecutor) browser.driver()).executeScript(
                    "document.getElementById('logs-from').value = document.getElementById('logs-to').value;");
            browser.click("logs-download");
            browser.until(ExpectedConditions.textToBe(By.id("logs-problem"), "The start must come before the end."));
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }

    private static Boolean zipIn(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.anyMatch(file -> file.getFileName().toString().endsWith(".zip")) ? true : null;
        } catch (IOException notYet) {
            return null;
        }
    }

    /** The bridge error's cause in a {@code GET /stamp} answer. */
    private static String cause(String stamp) {
        try {
            return new ObjectMapper().readTree(stamp).path("bridge").path("error").path("cause").asText();
        } catch (IOException unreadable) {
            throw new AssertionError(stamp, unreadable);
        }
    }

    /** The French resolution of LoginError up to its first placeholder, as the product's bundle words it. */
    private static String frenchRemediationOpening() {
        String pattern = MessageBundle.pattern(Language.FR, "LoginError.remediation").get();
        return pattern.substring(0, pattern.indexOf('{')).replace("''", "'");
    }
}
