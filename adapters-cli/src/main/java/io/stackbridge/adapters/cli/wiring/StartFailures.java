package io.stackbridge.adapters.cli.wiring;

import io.stackbridge.adapters.cli.emulator.StartFailure;

import java.net.BindException;
import java.net.UnknownHostException;
import java.security.GeneralSecurityException;
import java.util.Optional;

/** Turns what went wrong while an emulator started into a {@link StartFailure}, from the causes of the exception. */
final class StartFailures {

    private StartFailures() {
    }

    /** {@code bindClash} names the port that was found taken, if one was. */
    static StartFailure of(Throwable failure, String host, Optional<Integer> bindClash) {
        if (cause(failure, BindException.class).isPresent()) {
            return new StartFailure.PortInUse(host, bindClash.orElse(0));
        }
        Optional<UnknownHostException> unknownHost = cause(failure, UnknownHostException.class);
        if (unknownHost.isPresent()) {
            return new StartFailure.CannotStart(describe(unknownHost.get()));
        }
        Optional<GeneralSecurityException> security = cause(failure, GeneralSecurityException.class);
        if (security.isPresent()) {
            return new StartFailure.CertificateUnusable(describe(security.get()));
        }
        return new StartFailure.CannotStart(describe(failure));
    }

    static boolean isBindClash(Throwable failure) {
        return cause(failure, BindException.class).isPresent();
    }

    /** One line: the exception's kind and message, without a stack trace. */
    static String describe(Throwable failure) {
        String message = failure.getMessage();
        String kind = failure.getClass().getSimpleName();
        return message == null || message.isBlank() ? kind : kind + ": " + message.lines().findFirst().orElse("");
    }

    private static <T extends Throwable> Optional<T> cause(Throwable failure, Class<T> kind) {
        for (Throwable at = failure; at != null; at = at.getCause() == at ? null : at.getCause()) {
            if (kind.isInstance(at)) {
                return Optional.of(kind.cast(at));
            }
        }
        return Optional.empty();
    }
}
