package io.stackbridge.adapters.cli.stack;

import io.stackbridge.adapters.cli.ExitCodes;
import io.stackbridge.adapters.cli.support.CliRun;
import io.stackbridge.adapters.cli.support.StackCli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code --stamp-clock-offset} and {@code bridge run --interval}: a value out of range is a usage error naming the option, never an overflow. */
class StackOptionBoundsTest {

    @TempDir
    Path data;

    @Test
    void a_clock_offset_beyond_a_hundred_years_either_way_is_a_usage_error_naming_the_option() {
        StampDirectory stamp = StampDirectory.of(data, null);
        assertThat(stamp.local("stamp", "init").exitCode()).isZero();

        CliRun ahead = stamp.local("stamp", "properties", "--stamp-clock-offset", "P1000000000D");
        CliRun behind = stamp.local("bridge", "status", "--stamp-clock-offset", "-P36526D");
        CliRun french = stamp.inFrench().local("usage", "simulate", "--stamp-clock-offset", "PT1000000000H");

        assertThat(ahead.exitCode()).as(ahead.err()).isEqualTo(ExitCodes.USAGE);
        assertThat(ahead.errLines().get(0)).isEqualTo("--stamp-clock-offset takes a duration of at most 100 years either way, "
                + "from -P36525D to P36525D, and P1000000000D is not one.");
        assertThat(behind.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(behind.errLines().get(0)).endsWith(", and -P36526D is not one.");
        assertThat(french.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(french.errLines().get(0)).isEqualTo("--stamp-clock-offset attend une durée d’au plus 100 ans en avance ou en retard, "
                + "de -P36525D à P36525D\u00a0: PT1000000000H ne convient pas.");
        assertThat(ahead.err() + behind.err() + french.err()).doesNotContain("unexpected failure");
    }

    @Test
    void a_clock_offset_of_a_hundred_years_either_way_is_accepted() {
        StampDirectory stamp = StampDirectory.of(data, null);
        assertThat(stamp.local("stamp", "init").exitCode()).isZero();

        CliRun ahead = stamp.local("stamp", "properties", "--stamp-clock-offset", "P36525D");
        CliRun behind = stamp.local("bridge", "status", "--stamp-clock-offset", "-P36525D");

        assertThat(ahead.exitCode()).as(ahead.err()).isZero();
        assertThat(behind.exitCode()).as(behind.err()).isZero();
    }

    @Test
    void a_bridge_run_interval_of_0_is_a_usage_error_and_the_help_gives_the_range() {
        CliRun none = StackCli.run("bridge", "run", "--interval", "0", "--azure", "in-process", "--data-dir", data.toString(), "--lang", "en");
        CliRun tooLong = StackCli.run("bridge", "run", "--interval", "86401", "--azure", "in-process", "--data-dir", data.toString(), "--lang", "en");
        CliRun help = StackCli.run("bridge", "run", "--help");

        assertThat(none.exitCode()).as("a usage error, checked before the data directory is opened").isEqualTo(ExitCodes.USAGE);
        assertThat(none.errLines().get(0)).isEqualTo("--interval takes a whole number from 1 to 86400, and 0 is not one.");
        assertThat(tooLong.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(help.out().replaceAll("\\s+", " ")).contains("Seconds between two pushes, 1 to 86400 (default: 60).");
    }
}
