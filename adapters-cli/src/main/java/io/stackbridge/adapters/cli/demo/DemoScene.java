package io.stackbridge.adapters.cli.demo;

import io.stackbridge.adapters.cli.azure.AzureSide;
import io.stackbridge.adapters.cli.emulator.EmulatorAdmin;
import io.stackbridge.adapters.cli.emulator.Emulator;
import io.stackbridge.adapters.cli.stack.AzureChoice;
import io.stackbridge.adapters.cli.stack.StackOpener;
import io.stackbridge.adapters.cli.stack.StackProblem;
import io.stackbridge.adapters.cli.stack.StackRequest;
import io.stackbridge.adapters.cli.stack.StackUseCases;
import io.stackbridge.application.port.out.CustomerSubscriptionPort;
import io.stackbridge.application.port.out.EmulatorAdminPort;
import io.stackbridge.domain.text.Language;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * Where the demo plays: its emulator, that emulator's controls and customer subscriptions over HTTPS, the well-known cast, the stamps' data directories, the hour the story is told at, and what
 * each step expects. Stamps are opened for one piece of work at a time, as the commands open them.
 */
record DemoScene(DemoTeller teller, Emulator emulator, AzureSide azure, DemoCast cast, StackOpener opener,
                 DemoExpectations expectations, Path directory, Instant hour, Duration bridgeTimeout) {

    /** How long a request waits, except the bridge's in its fault chapter. */
    static final Duration TIMEOUT = Duration.ofSeconds(30);

    /** The emulator's controls over its admin API, as an operator reaches them. */
    EmulatorAdminPort admin() {
        return azure.admin();
    }

    /** The emulator's controls in this process: what removes a rule while the admin API presents an untrusted certificate. */
    EmulatorAdmin inProcess() {
        return emulator.admin();
    }

    CustomerSubscriptionPort customers() {
        return azure.customerSubscriptions();
    }

    Language language() {
        return teller.out().language();
    }

    /** The data directory of the stamp named {@code name}. */
    Path stamp(String name) {
        return directory.resolve(name);
    }

    /** Runs {@code work} on the stamp of {@code stamp}, reaching this emulator with {@code timeout}, {@code attempts} per batch. */
    <T> Either<StackProblem, T> onStamp(Path stamp, Duration timeout, int attempts, Function<StackUseCases, T> work) {
        AtomicReference<T> answer = new AtomicReference<>();
        return opener.run(request(stamp, timeout, attempts), useCases -> {
            answer.set(work.apply(useCases));
            return 0;
        }).map(ignored -> answer.get());
    }

    StackRequest request(Path stamp, Duration timeout, int attempts) {
        return new StackRequest(stamp, Option.some(new AzureChoice.Emulator(emulator.url(), emulator.caPem(), timeout, emulator.adminKey())),
                StackRequest.DEFAULT_BATCH_SIZE, attempts, StackRequest.DEFAULT_SEED, Duration.ZERO);
    }
}
