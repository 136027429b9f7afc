package io.stackbridge.adapters.cli;

import io.stackbridge.adapters.cli.emulator.StartFailure;
import io.stackbridge.adapters.cli.stack.StackProblem;
import io.stackbridge.domain.error.Category;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.error.ErrorCode;
import picocli.CommandLine;

/** Every exit code of {@code stackbridge}, and the one place that decides which outcome gets which. */
public final class ExitCodes {

    /** The command did what was asked (including {@code --help} and {@code --version}). */
    public static final int OK = 0;
    /** {@code serve} or {@code bridge run} was stopped by Ctrl-C (SIGINT) or SIGTERM: a normal end, not a failure. */
    public static final int STOPPED = 0;
    /** Something outside the command line went wrong: a port in use, an I/O failure, a bug. */
    public static final int FAILURE = 1;
    /** The command line or a file it names is wrong: unknown option, bad value, invalid world file or certificate. */
    public static final int USAGE = 2;
    /** The stamp is not ready for the command: no stamp in the data directory (or one already), or no activation. */
    public static final int NOT_READY = 3;
    /** Azure, the stamp or its usage API refused the request with a coded error that is not one of the bridge's five. */
    public static final int REFUSED = 4;
    /** One of the bridge's five codes stopped the command: a push, a registration step or a diagnosis step. */
    public static final int BRIDGE_ERROR = 5;

    private ExitCodes() {
    }

    /** The exit code of an emulator that did not start. */
    public static int of(StartFailure failure) {
        if (failure instanceof StartFailure.PortInUse || failure instanceof StartFailure.CannotStart) {
            return FAILURE;
        }
        if (failure instanceof StartFailure.FileUnreadable || failure instanceof StartFailure.WorldFileUnreadable
                || failure instanceof StartFailure.WorldFileInvalid || failure instanceof StartFailure.CertificateUnusable
                || failure instanceof StartFailure.WeakAuthBeyondLoopback
                || failure instanceof StartFailure.PlainHttpBeyondLoopback || failure instanceof StartFailure.HostUnusable
                || failure instanceof StartFailure.HostNotHere || failure instanceof StartFailure.AdminKeyUnusable) {
            return USAGE;
        }
        throw new IllegalArgumentException("no exit code for " + failure.getClass().getName());
    }

    /** The exit code of a command that ended with a coded error. */
    public static int of(DomainError error) {
        return of(error.code());
    }

    /** The exit code of a command stopped by an error with {@code code} (as the bridge's last failure keeps it). */
    public static int of(ErrorCode code) {
        if (code.category() == Category.BRIDGE) {
            return BRIDGE_ERROR;
        }
        return code == ErrorCode.StampNotActivated ? NOT_READY : REFUSED;
    }

    /** The exit code of a stack-side command that could not use the stamp's data directory or a file. */
    public static int of(StackProblem problem) {
        if (problem instanceof StackProblem.StampNotInitialized || problem instanceof StackProblem.StampAlreadyInitialized) {
            return NOT_READY;
        }
        if (problem instanceof StackProblem.CaCertificateUnusable || problem instanceof StackProblem.ActivationKeyUnreadable) {
            return USAGE;
        }
        if (problem instanceof StackProblem.ProductNotInGallery) {
            return REFUSED;
        }
        if (problem instanceof StackProblem.DataStoreUnavailable || problem instanceof StackProblem.DataSchemaTooNew
                || problem instanceof StackProblem.PackageDigestMismatch) {
            return FAILURE;
        }
        throw new IllegalArgumentException("no exit code for " + problem.getClass().getName());
    }

    /** The exit code of {@code support logs} when it wrote no bundle. */
    public static int of(io.stackbridge.adapters.cli.support.SupportProblem problem) {
        if (problem instanceof io.stackbridge.adapters.cli.support.SupportProblem.DataDirectoryUnreadable) {
            return NOT_READY;
        }
        if (problem instanceof io.stackbridge.adapters.cli.support.SupportProblem.LogsUnreadable
                || problem instanceof io.stackbridge.adapters.cli.support.SupportProblem.BundleNotWritten) {
            return FAILURE;
        }
        return USAGE;
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
