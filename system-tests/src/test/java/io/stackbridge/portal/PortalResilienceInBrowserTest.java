package io.stackbridge.portal;

import io.stackbridge.junit.StackBridgeEmulator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page when something goes wrong: a refresh that throws does not stop the next ones; a stamp
 * directory with a problem shows it and offers no Register; a refusal shows its own message and code.
 * The answers of {@code GET /stamp} are played by replacing the browser's fetch for that one path.
 */
class PortalResilienceInBrowserTest {

    private static final String NOT_OFFERED = "This emulator does not offer this part of the portal.";

    @RegisterExtension
    StackBridgeEmulator emulator = StackBridgeEmulator.start();

    @BeforeAll
    static void chromium() {
        PortalBrowser.requireChromium();
    }

    /** Answers {@code GET /stamp} with {@code status} and {@code body} from now on; every other call goes through. */
    private static void answerStamp(PortalBrowser browser, int status, String body) {
        ((JavascriptExecutor) browser.driver()).executeScript("""
                const real = window.fetch.bind(window);
                window.fetch = (url, options) => String(url).endsWith('/portal/api/stamp')
                  ? Promise.resolve(new Response(arguments[1], { status: arguments[0], headers: { 'Content-Type': 'application/json' } }))
                  : real(url, options);""", status, body);
    }

    @Test
    void one_refresh_that_throws_does_not_stop_the_updates() {
        try (PortalBrowser browser = PortalBrowser.open(emulator.url(), "en")) {
            browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("freshness"), "Updated"));
            ((JavascriptExecutor) browser.driver()).executeScript("""
                    const real = Date.prototype.toLocaleTimeString;
                    Date.prototype.toLocaleTimeString = function () {
                      Date.prototype.toLocaleTimeString = real;
                      throw new Error('one refresh breaks');
                    };""");
            browser.until(ignored -> ((JavascriptExecutor) browser.driver())
                    .executeScript("return Date.prototype.toLocaleTimeString.name !== '';"));

            new PortalApi(emulator).send("POST", "/stamp/registration");

            browser.until(ExpectedConditions.textToBe(By.id("region-status"), "Registered"));
        }
    }

    @Test
    void a_directory_that_holds_no_stamp_shows_its_problem_and_no_register_button() {
        try (PortalBrowser browser = PortalBrowser.open(emulator.url(), "en")) {
            browser.until(ExpectedConditions.visibilityOfElementLocated(By.id("register")));
            answerStamp(browser, 200, """
                    {"source": "directory", "directory": "/tmp/empty",
                     "region": {"status": "NotRegistered", "statusText": "Not registered"},
                     "bridge": {"state": "Idle", "pendingRecords": 0, "running": false},
                     "problem": {"code": "NoStamp", "message": "No stamp was ever initialised here."}}""");

            browser.until(ExpectedConditions.textToBe(By.id("region-problem"), "No stamp was ever initialised here. (NoStamp)"));
            assertThat(browser.find("register").isDisplayed()).isFalse();
        }
    }

    @Test
    void a_refusal_that_is_not_a_missing_route_shows_its_own_message_and_code() {
        try (PortalBrowser browser = PortalBrowser.open(emulator.url(), "en")) {
            browser.until(ExpectedConditions.visibilityOfElementLocated(By.id("region-status")));
            answerStamp(browser, 404, """
                    {"error": {"code": "ResourceNotFound", "message": "No resource exists at /tmp/empty/stamp.db (NoStamp)."}}""");

            browser.until(ExpectedConditions.textToBe(By.id("region-problem"),
                    "No resource exists at /tmp/empty/stamp.db (NoStamp). (ResourceNotFound)"));
            assertThat(browser.find("bridge-problem").getText()).doesNotContain(NOT_OFFERED);
        }
    }
}
