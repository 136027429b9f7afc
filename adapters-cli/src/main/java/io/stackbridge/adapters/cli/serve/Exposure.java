package io.stackbridge.adapters.cli.serve;

import io.stackbridge.adapters.cli.emulator.AdminKeyChoice;
import io.stackbridge.adapters.support.access.AdminKey;
import io.stackbridge.adapters.cli.emulator.AuthChoice;
import io.stackbridge.adapters.cli.emulator.EmulatorSettings;
import io.stackbridge.adapters.cli.emulator.GivenAdminKey;
import io.stackbridge.adapters.cli.emulator.StartFailure;
import io.stackbridge.adapters.support.net.HostNames;
import io.stackbridge.adapters.support.tls.CertificateSource;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.util.Locale;
import java.util.function.Supplier;

/**
 * How {@code serve} exposes the emulator, decided from the configured address alone: on loopback
 * nothing is asked unless the user wants a key; on any other address the admin API and the portal ask
 * for the given key or a generated one, {@code --auth off|basic} is refused unless
 * {@code --allow-weak-auth}, {@code --http-port} is refused unless {@code --allow-plain-http} (the key
 * and tokens would cross the network in clear), and the generated certificate also names the listening address (a
 * specific one) or the machine's host name (all addresses), besides the {@code --cert-san} names.
 * On all addresses, {@code reachedAs} is the name other machines use: the first {@code --cert-san}
 * name, else the machine's host name.
 */
public record Exposure(EmulatorSettings settings, ListenAddress address, boolean weakAuthAllowed, boolean plainHttpAllowed,
                       boolean hostNameUnknown, Option<String> reachedAs) {

    /** {@code asked} exposed as {@code choices} say on {@code address}; {@code hostName} is the machine's name, none when it cannot be read. */
    public static Either<StartFailure, Exposure> decide(EmulatorSettings asked, ExposureChoices choices, ListenAddress address,
                                                        Supplier<Option<String>> hostName) {
        if (!HostNames.isHost(asked.host())) {
            return Either.left(new StartFailure.HostUnusable(asked.host()));
        }
        Either<StartFailure, AdminKeyChoice> key = keyChoice(choices, address);
        if (key.isLeft()) {
            return Either.left(key.getLeft());
        }
        boolean weak = asked.auth() != AuthChoice.STRICT;
        if (weak && !address.loopback() && !choices.allowWeakAuth()) {
            return Either.left(new StartFailure.WeakAuthBeyondLoopback(asked.host(), asked.auth().name().toLowerCase(Locale.ROOT)));
        }
        boolean plain = asked.httpPort().isDefined() && !address.loopback();
        if (plain && !choices.allowPlainHttp()) {
            return Either.left(new StartFailure.PlainHttpBeyondLoopback(asked.host()));
        }
        EmulatorSettings settings = asked.withAdminKey(key.get());
        Option<String> machine = address.allAddresses()
                ? hostName.get().filter(HostNames::isDnsName).map(name -> name.toLowerCase(Locale.ROOT)) : Option.none();
        boolean hostNameUnknown = address.allAddresses() && machine.isEmpty();
        Option<String> reachedAs = address.allAddresses() ? choices.certificateNames().headOption().orElse(machine) : Option.none();
        if (asked.certificate() instanceof CertificateSource.Generated) {
            List<String> names = choices.certificateNames();
            if (address.allAddresses()) {
                names = names.appendAll(machine);
            } else {
                names = names.appendAll(address.literal().map(ip -> ip.getHostAddress())
                        .orElse(Option.of(address.host().strip().toLowerCase(Locale.ROOT)).filter(HostNames::isDnsName)));
            }
            settings = settings.withCertificate(new CertificateSource.Generated(names.distinct().toJavaList()));
        }
        return Either.right(new Exposure(settings, address, weak && !address.loopback(), plain, hostNameUnknown, reachedAs));
    }

    private static Either<StartFailure, AdminKeyChoice> keyChoice(ExposureChoices choices, ListenAddress address) {
        Option<GivenAdminKey> given = GivenAdminKey.of(choices.optionKey(), choices.environmentKey());
        if (given.isDefined()) {
            return given(given.get().text(), given.get().origin());
        }
        return Either.right(choices.requireAdminKey() || !address.loopback() ? new AdminKeyChoice.Generate() : new AdminKeyChoice.Open());
    }

    private static Either<StartFailure, AdminKeyChoice> given(String text, String origin) {
        return AdminKey.parse(text).toOption().<Either<StartFailure, AdminKeyChoice>>map(key -> Either.right(new AdminKeyChoice.Given(key, origin)))
                .getOrElse(() -> Either.left(new StartFailure.AdminKeyUnusable(origin)));
    }
}
