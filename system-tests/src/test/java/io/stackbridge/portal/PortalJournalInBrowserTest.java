package io.stackbridge.portal;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.stackbridge.junit.StackBridgeEmulator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

/** The journal on the page after an emulator reset: every call since is shown, none skipped. */
class PortalJournalInBrowserTest {

    /** The most entries the page lists. */
    private static final int MOST_SHOWN = 100;

    @RegisterExtension
    StackBridgeEmulator emulator = StackBridgeEmulator.start();

    @BeforeAll
    static void chromium() {
        PortalBrowser.requireChromium();
    }

    @Test
    void after_an_emulator_reset_the_journal_shows_the_calls_made_since_even_fewer_than_before() {
        PortalApi api = new PortalApi(emulator);
        api.send("POST", "/stamp/registration");
        try (PortalBrowser browser = PortalBrowser.open(emulator.url(), "en")) {
            browser.section("training");
            assertThat(journaled(api)).isPositive();
            browser.until(ignored -> shown(browser) > 0 && shown(browser) == journaled(api) ? true : null);
            browser.section("stack"); // the journal is read only while its section is in view

            api.admin("POST", "/_stackbridge/reset");
            api.send("POST", "/stamp/diagnosis");
            assertThat(journaled(api)).as("the diagnosis called the emulated Azure").isPositive();
            browser.section("training");

            browser.until(ignored -> shown(browser) == journaled(api) ? true : null);
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }

    /** The entries the page lists (not the line saying there are none). */
    private static int shown(PortalBrowser browser) {
        return browser.driver().findElements(By.cssSelector("#journal li:not(.hint)")).size();
    }

    /** The entries the journal holds now, as many as the page would list. */
    private static int journaled(PortalApi api) {
        try {
            int held = new ObjectMapper().readTree(api.send("GET", "/azure/journal?after=0&limit=5000")).path("entries").size();
            return Math.min(held, MOST_SHOWN);
        } catch (IOException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }
}
