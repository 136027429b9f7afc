package io.stackbridge.portal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stackbridge.junit.StackBridgeEmulator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The usage by day read in a browser far west of UTC: each day is labelled as the UTC day Azure booked it on. */
class PortalUsageInBrowserTest {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    @RegisterExtension
    StackBridgeEmulator emulator = StackBridgeEmulator.start();

    @BeforeAll
    static void chromium() {
        PortalBrowser.requireChromium();
    }

    @Test
    void a_day_bucket_is_labelled_with_its_utc_day_whatever_the_browser_s_time_zone() {
        PortalApi api = new PortalApi(emulator);
        api.send("POST", "/stamp/registration");
        api.send("POST", "/stamp/bridge/runs");
        try (PortalBrowser browser = PortalBrowser.open(emulator.url(), "en")) {
            // UTC-10 all year: a UTC midnight is the day before there
            ((ChromeDriver) browser.driver()).executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", "Pacific/Honolulu"));
            browser.driver().navigate().refresh();
            JsonNode row = browser.until(ignored -> firstDayRow(api));
            browser.section("azure");
            browser.click("grain-day");
            browser.until(ExpectedConditions.attributeToBe(By.id("usage-table"), "data-grain", "day"));
            browser.until(ExpectedConditions.visibilityOfElementLocated(By.id("usage-rows")));

            String expected = DAY.format(Instant.parse(row.path("bucket").asText()));
            browser.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#usage-rows tbody tr td"), expected));
            assertThat(browser.driver().findElement(By.cssSelector("#usage-rows tbody tr td")).getText()).isEqualTo(expected);
        }
    }

    /** The newest row the API gives by day, once the bridge run booked something (null until then). */
    private static JsonNode firstDayRow(PortalApi api) {
        try {
            JsonNode rows = new ObjectMapper().readTree(api.send("GET", "/azure/usage?grain=day&hours=720")).path("rows");
            return rows.size() == 0 ? null : rows.get(rows.size() - 1);
        } catch (IOException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }
}
