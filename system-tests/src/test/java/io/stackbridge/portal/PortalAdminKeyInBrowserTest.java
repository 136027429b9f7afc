package io.stackbridge.portal;

import io.stackbridge.junit.StackBridgeEmulator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portal of an emulator that asks for its admin key (as one listening beyond loopback does; here on
 * 127.0.0.1 with the key required), in headless Chromium: opened with the key in the address's fragment, as
 * serve prints it, the page works and the address bar no longer shows the key; opened without it, a dialog
 * asks for the key, says so when a wrong one is typed, and shows the stamp once the right one is.
 */
class PortalAdminKeyInBrowserTest {

    @RegisterExtension
    StackBridgeEmulator emulator = StackBridgeEmulator.builder().requireAdminKey().build();

    @BeforeAll
    static void chromium() {
        PortalBrowser.requireChromium();
    }

    private String key() {
        return emulator.adminKey().orElseThrow(() -> new AssertionError("the emulator asks for no key"));
    }

    @Test
    void opened_with_the_key_in_its_fragment_the_page_works_and_the_address_forgets_the_key() {
        try (PortalBrowser browser = PortalBrowser.open(emulator.url(), "en", "#key=" + key())) {
            browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("freshness"), "Updated"));
            browser.until(ExpectedConditions.visibilityOfElementLocated(By.id("region-status")));
            assertThat(browser.driver().getCurrentUrl()).doesNotContain(key()).doesNotContain("key=");
            assertThat(browser.find("key-dialog").getAttribute("open")).isNull();
            assertThat(browser.find("region-problem").isDisplayed()).isFalse();
            browser.section("support");
            browser.click("logs-download");
            browser.until(ignored -> zipIn(browser.downloads()));
            browser.section("azure");
            browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("freshness"), "Updated"));
            browser.screenshot("admin-key-from-fragment");
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }

    @Test
    void opened_without_the_key_a_dialog_asks_for_it_and_the_right_one_shows_the_stamp() {
        try (PortalBrowser browser = PortalBrowser.open(emulator.url(), "fr")) {
            browser.until(ExpectedConditions.visibilityOfElementLocated(By.id("key-dialog")));
            assertThat(browser.find("key-title").getText()).isEqualTo("Clé d’administration");
            assertThat(browser.activeId()).isEqualTo("key-input");
            browser.screenshot("admin-key-dialog-fr");

            browser.find("key-input").sendKeys("not-the-key-of-this-emulator", Keys.ENTER);
            browser.until(ExpectedConditions.visibilityOfElementLocated(By.id("key-problem")));
            assertThat(browser.find("key-problem").getText()).contains("X-StackBridge-Admin-Key").doesNotContain("not-the-key");
            assertThat(browser.driver().findElements(By.id("region-status"))).noneMatch(status -> status.isDisplayed());
            browser.screenshot("admin-key-wrong-fr");

            browser.find("key-input").sendKeys(key(), Keys.ENTER);
            browser.until(ExpectedConditions.invisibilityOfElementLocated(By.id("key-dialog")));
            browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("freshness"), "Mis à jour"));
            browser.until(ExpectedConditions.visibilityOfElementLocated(By.id("region-status")));
            assertThat(browser.find("region-problem").isDisplayed()).isFalse();
            assertThat(((JavascriptExecutor) browser.driver()).executeScript(
                    "return sessionStorage.getItem('stackbridge.portal.adminKey');")).isEqualTo(key());
            browser.screenshot("admin-key-accepted-fr");
        }
    }

    @Test
    void a_declined_dialog_leaves_a_button_that_asks_again() {
        try (PortalBrowser browser = PortalBrowser.open(emulator.url(), "en")) {
            browser.until(ExpectedConditions.visibilityOfElementLocated(By.id("key-dialog")));
            browser.find("key-input").sendKeys(Keys.ESCAPE);
            browser.until(ExpectedConditions.visibilityOfElementLocated(By.id("key-ask")));
            assertThat(browser.find("key-dialog").getAttribute("open")).isNull();

            browser.click("key-ask");
            browser.until(ExpectedConditions.visibilityOfElementLocated(By.id("key-dialog")));
            browser.find("key-input").sendKeys(key(), Keys.ENTER);
            browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("freshness"), "Updated"));
            browser.until(ExpectedConditions.invisibilityOfElementLocated(By.id("key-ask")));
            browser.until(ExpectedConditions.invisibilityOfElementLocated(By.id("region-problem")));
        }
    }

    private static Boolean zipIn(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.anyMatch(file -> file.getFileName().toString().endsWith(".zip")) ? true : null;
        } catch (IOException notYet) {
            return null;
        }
    }
}
