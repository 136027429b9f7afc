package io.stackbridge.adapters.cli;

import io.stackbridge.adapters.cli.emulator.StartFailure;
import picocli.CommandLine;

/** Every exit code of {@code stackbridge}, and the one place that decides which outcome gets which. */
public final class ExitCodes {

    /** The command did what was asked (including {@code --help} and {@code --version}). */
    public static final int OK = 0;
    /** {@code serve} was stopped by Ctrl-C (SIGINT) or SIGTERM: a normal end, not a failure. */
    public static final int STOPPED = 0;
    /** Something outside the command line went wrong: a port in use, an I/O failure, a bug. */
    public static final int FAILURE = 1;
    /** The command line or a file it names is wrong: unknown option, bad value, invalid world file or certificate. */
    public static final int USAGE = 2;

    private ExitCodes() {
    }

    /** The exit code of an emulator that did not start. */
    public static int of(StartFailure failure) {
        if (failure instanceof StartFailure.PortInUse || failure instanceof StartFailure.CannotStart) {
            return FAILURE;
        }
        if (failure instanceof StartFailure.FileUnreadable || failure instanceof StartFailure.WorldFileUnreadable
                || failure instanceof StartFailure.WorldFileInvalid || failure instanceof StartFailure.CertificateUnusable) {
            return USAGE;
        }
        throw new IllegalArgumentException("no exit code for " + failure.getClass().getName());
    }

    /** Gives picocli's own outcomes (usage error, failure, help) these codes, for the command and all its subcommands. */
    static void applyTo(CommandLine line) {
        line.getCommandSpec()
                .exitCodeOnSuccess(OK)
                .exitCodeOnUsageHelp(OK)
                .exitCodeOnVersionHelp(OK)
                .exitCodeOnInvalidInput(USAGE)
                .exitCodeOnExecutionException(FAILURE);
        line.getSubcommands().values().forEach(ExitCodes::applyTo);
    }
}
