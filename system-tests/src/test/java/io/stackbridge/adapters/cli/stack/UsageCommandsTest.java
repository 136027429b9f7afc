package io.stackbridge.adapters.cli.stack;

import io.stackbridge.adapters.cli.ExitCodes;
import io.stackbridge.adapters.cli.support.CliRun;
import io.stackbridge.adapters.cli.support.StackCli;
import io.stackbridge.application.service.localusage.SimulateWorkloadService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
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
        assertThat(weekly.err()).startsWith("stackbridge\u00a0: InvalidAggregationGranularity\u00a0: ").contains("Que faire\u00a0: ");
        assertThat(future.err()).startsWith("stackbridge: RequestEndTimeIsInFuture: ");
        assertThat(indirect.err()).startsWith("stackbridge: SubscriberIdIsNotDirectTenant: ");
        assertThat(missing.err()).startsWith("stackbridge: InvalidProperty: ").contains("reportedStartTime");
        assertThat(missing.exitCode()).isEqualTo(ExitCodes.REFUSED);
    }

    @Test
    void hours_outside_1_to_a_leap_year_are_a_usage_error_naming_the_option() {
        CliRun none = stamp.local("usage", "simulate", "--hours", "0");
        CliRun tooMany = stamp.local("usage", "simulate", "--hours", String.valueOf(SimulateWorkloadService.MAX_HOURS + 1));
        CliRun french = stamp.inFrench().local("usage", "simulate", "--hours", "-3");

        assertThat(none.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(none.errLines().get(0)).isEqualTo("--hours takes a whole number from 1 to 8784, and 0 is not one.");
        assertThat(tooMany.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(tooMany.errLines().get(0)).isEqualTo("--hours takes a whole number from 1 to 8784, and 8785 is not one.");
        assertThat(french.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(french.errLines().get(0)).isEqualTo("--hours attend un nombre entier entre 1 et 8784\u00a0: -3 ne convient pas.");
        assertThat(stamp.local("bridge", "status").outLines()).as("nothing simulated").contains("Records waiting in the outbox: 0");
    }

    @Test
    void a_scale_multiplies_the_records_and_one_outside_1_to_1000_is_a_usage_error_naming_the_option() {
        CliRun none = stamp.local("usage", "simulate", "--scale", "0");
        CliRun tooMany = stamp.inFrench().local("usage", "simulate", "--scale", String.valueOf(SimulateWorkloadService.MAX_SCALE + 1));
        CliRun once = stamp.local("usage", "simulate", "--hours", "3", "--until", HOUR.toString());
        CliRun thrice = stamp.local("usage", "simulate", "--hours", "3", "--until", HOUR.toString(), "--scale", "3");

        assertThat(none.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(none.errLines().get(0)).isEqualTo("--scale takes a whole number from 1 to 1000, and 0 is not one.");
        assertThat(tooMany.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(tooMany.errLines().get(0)).isEqualTo("--scale attend un nombre entier entre 1 et 1000\u00a0: 1001 ne convient pas.");
        assertThat(thrice.exitCode()).as(thrice.err()).isZero();
        int one = count(once.out(), "(\\d+) records are in the usage store");
        int all = count(thrice.out(), "(\\d+) records are in the usage store");
        assertThat(all).isGreaterThan(2 * one);
        assertThat(stamp.local("bridge", "status").outLines()).contains("Records waiting in the outbox: " + all);
    }

    @Test
    void an_until_off_the_hour_or_outside_the_years_2000_to_9999_is_a_usage_error_naming_the_option() {
        CliRun offTheHour = stamp.local("usage", "simulate", "--until", "2026-11-21T10:30:00Z");
        CliRun farFuture = stamp.local("usage", "simulate", "--until", "+1000000000-12-31T23:00:00Z");
        CliRun past = stamp.local("usage", "simulate", "--until", "1999-12-31T23:00:00Z");
        CliRun french = stamp.inFrench().local("usage", "simulate", "--until", "+10000-01-01T00:00:00Z");

        assertThat(List.of(offTheHour, farFuture, past, french)).extracting(CliRun::exitCode).containsOnly(ExitCodes.USAGE);
        assertThat(offTheHour.errLines().get(0)).isEqualTo("--until takes a whole hour in UTC from 2000-01-01T00:00:00Z to "
                + "9999-12-31T23:00:00Z, such as 2026-11-21T10:00:00Z, and 2026-11-21T10:30:00Z is not one.");
        assertThat(farFuture.errLines().get(0)).startsWith("--until takes a whole hour in UTC ").endsWith(", and +1000000000-12-31T23:00:00Z is not one.");
        assertThat(past.errLines().get(0)).endsWith(", and 1999-12-31T23:00:00Z is not one.");
        assertThat(french.errLines().get(0)).isEqualTo("--until attend une heure pleine en UTC entre 2000-01-01T00:00:00Z et "
                + "9999-12-31T23:00:00Z, par exemple 2026-11-21T10:00:00Z\u00a0: +10000-01-01T00:00:00Z ne convient pas.");
        assertThat(List.of(offTheHour, farFuture, past, french)).extracting(CliRun::err).noneMatch(err -> err.contains("unexpected failure"));
    }

    @Test
    void the_edges_of_the_ranges_are_accepted() {
        CliRun first = stamp.local("usage", "simulate", "--hours", "1", "--until", "2000-01-01T00:00:00Z");
        CliRun last = stamp.local("usage", "simulate", "--hours", "1", "--until", "9999-12-31T23:00:00Z");

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).startsWith("Simulated 1 hour, from 1999-12-31T23:00:00Z to 2000-01-01T00:00:00Z: ");
        assertThat(last.exitCode()).as(last.err()).isZero();
        assertThat(count(last.out(), "(\\d+) records are in the usage store")).as("all in the future").isZero();
    }

    @Test
    void bad_values_are_refused_before_the_data_directory_is_opened(@TempDir Path empty) {
        CliRun hours = StackCli.run("usage", "simulate", "--hours", "0", "--data-dir", empty.toString(), "--lang", "en");
        CliRun until = StackCli.run("usage", "simulate", "--until", "2026-11-21T10:30:00Z", "--data-dir", empty.toString(), "--lang", "en");

        assertThat(hours.exitCode()).as("a usage error, not the missing stamp").isEqualTo(ExitCodes.USAGE);
        assertThat(until.exitCode()).as("a usage error, not the missing stamp").isEqualTo(ExitCodes.USAGE);
    }

    private static int count(String text, String pattern) {
        Matcher matcher = Pattern.compile(pattern).matcher(text);
        assertThat(matcher.find()).as(text).isTrue();
        return Integer.parseInt(matcher.group(1));
    }
}
