package io.stackbridge.adapters.cli.wiring;

import io.stackbridge.adapters.cli.emulator.StartFailure;
import io.stackbridge.adapters.support.failure.CauseChain;
import io.stackbridge.adapters.support.net.HostNames;
import io.vavr.control.Option;

import java.net.BindException;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.security.GeneralSecurityException;
import java.util.Optional;
import java.util.function.Predicate;

/** Turns what went wrong while an emulator started into a {@link StartFailure}, from the causes of the exception. */
final class StartFailures {

    private StartFailures() {
    }

    /** {@code bindClash} names the port that was found taken, if one was. */
    static StartFailure of(Throwable failure, String host, Optional<Integer> bindClash) {
        return of(failure, host, bindClash, StartFailures::isThisMachines, StartFailures::resolved);
    }

    /** As {@link #of(Throwable, String, Optional)}, {@code local} telling whether an address is one of this machine's. */
    static StartFailure of(Throwable failure, String host, Optional<Integer> bindClash, Predicate<InetAddress> local) {
        return of(failure, host, bindClash, local, StartFailures::resolved);
    }

    /** As above, {@code resolve} giving the address a name binds to (a literal is read as it is). */
    static StartFailure of(Throwable failure, String host, Optional<Integer> bindClash, Predicate<InetAddress> local,
                           java.util.function.Function<String, Option<InetAddress>> resolve) {
        if (cause(failure, UnknownHostException.class).isPresent()) {
            return new StartFailure.HostNotHere(host);
        }
        if (cause(failure, BindException.class).isPresent()) {
            Option<InetAddress> elsewhere = HostNames.literal(host).orElse(() -> resolve.apply(HostNames.normal(host)))
                    .filter(address -> !address.isAnyLocalAddress() && !address.isLoopbackAddress() && !local.test(address));
            return elsewhere.isDefined() ? new StartFailure.HostNotHere(host)
                    : new StartFailure.PortInUse(host, bindClash.orElse(0));
        }
        Optional<GeneralSecurityException> security = cause(failure, GeneralSecurityException.class);
        if (security.isPresent()) {
            return new StartFailure.CertificateUnusable(describe(security.get()));
        }
        return new StartFailure.CannotStart(describe(failure));
    }

    /** The address a name binds to: its first, as the server's socket takes it; none when it does not resolve. */
    private static Option<InetAddress> resolved(String name) {
        return io.vavr.control.Try.of(() -> InetAddress.getByName(name)).toOption();
    }

    /** The address of one of this machine's interfaces. */
    private static boolean isThisMachines(InetAddress address) {
        try {
            return NetworkInterface.getByInetAddress(address) != null;
        } catch (SocketException unknown) {
            return true;
        }
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
        return CauseChain.first(failure, kind).toJavaOptional();
    }
}
