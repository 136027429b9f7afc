package io.stackbridge.adapters.cli.stack;

import io.stackbridge.adapters.cli.ExitCodes;
import io.stackbridge.adapters.cli.support.CliRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code usage simulate} and {@code usage aggregates}: usage enters the stamp as it is reported, and both APIs answer with their codes. */
class UsageCommandsTest {

    private static final String CONTOSO = "c0c0c0c0-0005-4000-8000-000000000001";
    private static final String RESELLER_CUSTOMER = "de1e0000-0005-4000-8000-000000000002";
    private static final Instant HOUR = Instant.now().truncatedTo(ChronoUnit.HOURS);

    @TempDir
    Path data;

    private StampDirectory stamp;

    @BeforeEach
    void a_stamp() {
        stamp = StampDirectory.of(data, null);
        assertThat(stamp.local("stamp", "init").exitCode()).isZero();
    }

    @Test
    void simulated_hours_enter_the_store_once_and_later_hours_wait_for_their_reported_time() {
        CliRun first = stamp.simulated(6);
        CliRun again = stamp.simulated(6);
        CliRun future = stamp.local("usage", "simulate", "--hours", "2", "--until", HOUR.plus(5, ChronoUnit.HOURS).toString());

        assertThat(first.exitCode()).as(first.err()).isZero();
        int records = count(first.out(), "(\\d+) records are in the usage store");
        assertThat(records).isPositive();
        assertThat(count(again.out(), "(\\d+) records are in the usage store")).isEqualTo(records);
        assertThat(count(future.out(), "(\\d+) records are in the usage store")).isZero();
        assertThat(count(future.out(), "; (\\d+) more are reported later")).isPositive();
        assertThat(stamp.local("bridge", "status").outLines()).contains("Records waiting in the outbox: " + records);
    }

    @Test
    void the_provider_api_prints_a_table_of_its_direct_tenants_usage() {
        stamp.simulated(6);

        CliRun table = stamp.local("usage", "aggregates", "--from", HOUR.minus(24, ChronoUnit.HOURS).toString(), "--to", HOUR.toString(),
                "--aggregation-granularity", "hourly");

        assertThat(table.exitCode()).as(table.err()).isZero();
        assertThat(table.outLines().get(0)).startsWith("Subscription").contains("Meter", "Quantity", "Resource");
        assertThat(table.out()).contains(CONTOSO, "fab0fab0-0005-4000-8000-000000000001").doesNotContain(RESELLER_CUSTOMER);
        assertThat(table.outLines().get(table.outLines().size() - 1)).matches("\\d+ aggregates\\.");
        int resourceColumn = table.outLines().get(0).indexOf("Resource");
        assertThat(table.outLines().subList(1, table.outLines().size() - 1)).as("every row's resource under its heading")
                .allMatch(row -> row.indexOf("/subscriptions/") == resourceColumn);
    }

    @Test
    void the_tenant_api_answers_for_its_own_subscription_only() {
        stamp.simulated(6);

        CliRun table = stamp.local("usage", "aggregates", "--api", "tenant", "--subscription", CONTOSO,
                "--from", HOUR.minus(24, ChronoUnit.HOURS).toString(), "--to", HOUR.toString(), "--aggregation-granularity", "hourly");

        assertThat(table.exitCode()).as(table.err()).isZero();
        assertThat(table.outLines().subList(1, table.outLines().size() - 1)).isNotEmpty().allMatch(line -> line.startsWith(CONTOSO));
    }

    @Test
    void each_broken_rule_is_its_code_with_exit_code_4_in_french_too() {
        String day = HOUR.truncatedTo(ChronoUnit.DAYS).toString();
        String before = HOUR.truncatedTo(ChronoUnit.DAYS).minus(1, ChronoUnit.DAYS).toString();

        CliRun weekly = stamp.inFrench().local("usage", "aggregates", "--from", before, "--to", day, "--aggregation-granularity", "weekly");
        CliRun future = stamp.local("usage", "aggregates", "--from", day, "--to", HOUR.plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.DAYS).toString());
        CliRun indirect = stamp.local("usage", "aggregates", "--from", before, "--to", day, "--subscriber-id", RESELLER_CUSTOMER);
        CliRun missing = stamp.local("usage", "aggregates", "--to", day);

        assertThat(weekly.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(weekly.err()).startsWith("stackbridge : InvalidAggregationGranularity : ").contains("Que faire : ");
        assertThat(future.err()).startsWith("stackbridge: RequestEndTimeIsInFuture: ");
        assertThat(indirect.err()).startsWith("stackbridge: SubscriberIdIsNotDirectTenant: ");
        assertThat(missing.err()).startsWith("stackbridge: InvalidProperty: ").contains("reportedStartTime");
        assertThat(missing.exitCode()).isEqualTo(ExitCodes.REFUSED);
    }

    @Test
    void a_simulation_off_the_hour_or_of_no_hours_is_refused_with_exit_code_4() {
        CliRun none = stamp.local("usage", "simulate", "--hours", "0");
        CliRun offTheHour = stamp.local("usage", "simulate", "--until", "2026-11-21T10:30:00Z");

        assertThat(none.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(none.err()).startsWith("stackbridge: InvalidProperty: ").contains("hours");
        assertThat(offTheHour.err()).startsWith("stackbridge: InvalidProperty: ").contains("endingAt");
    }

    private static int count(String text, String pattern) {
        Matcher matcher = Pattern.compile(pattern).matcher(text);
        assertThat(matcher.find()).as(text).isTrue();
        return Integer.parseInt(matcher.group(1));
    }
}
