package io.stackbridge.adapters.cli.wiring;

import io.stackbridge.adapters.cli.stack.AzureChoice;
import io.stackbridge.application.port.out.ActivationKeyVerifierPort;
import io.stackbridge.application.port.out.ConnectivityProbePort;
import io.stackbridge.application.port.out.MarketplacePort;
import io.stackbridge.application.port.out.RegistrationPort;
import io.stackbridge.application.port.out.TokenPort;
import io.stackbridge.application.port.out.UsagePushPort;
import io.stackbridge.domain.stamp.BridgePrincipal;
import io.vavr.control.Option;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The emulator over HTTPS as the stamp {@code serve} hosts reaches it: at the emulator's own URL,
 * trusting its CA only, as a real stamp and the stack commands do (so a fault gives the same code as
 * to a command). The clients are made on the first call, once the server has written its CA file, and
 * made afresh after {@link #reconnect()}: like a command, each run meets the certificate served now.
 */
final class ReconnectingAzure implements AzureForStamp {

    /** How long a request may wait for its answer: the stack commands' default {@code --timeout}. */
    static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final Supplier<AzureForStamp> connect;
    private final AtomicReference<AzureForStamp> current = new AtomicReference<>();

    private ReconnectingAzure(Supplier<AzureForStamp> connect) {
        this.connect = connect;
    }

    static ReconnectingAzure to(URI url, Path caPem, BridgePrincipal principal) {
        AzureChoice.Emulator emulator = new AzureChoice.Emulator(url, caPem, TIMEOUT);
        return new ReconnectingAzure(() -> ChosenAzure.of(Option.some(emulator), principal)
                .getOrElseThrow(problem -> new IllegalStateException("the hosted stamp cannot reach the emulator: " + problem)));
    }

    /** Lets go of the clients: the next call connects afresh. */
    void reconnect() {
        current.set(null);
    }

    private AzureForStamp now() {
        return current.updateAndGet(known -> known == null ? connect.get() : known);
    }

    @Override
    public RegistrationPort registrations() {
        return delegating(RegistrationPort.class, AzureForStamp::registrations);
    }

    @Override
    public TokenPort tokens() {
        return delegating(TokenPort.class, AzureForStamp::tokens);
    }

    @Override
    public UsagePushPort usage() {
        return delegating(UsagePushPort.class, AzureForStamp::usage);
    }

    @Override
    public ActivationKeyVerifierPort activationKeyVerifier() {
        return delegating(ActivationKeyVerifierPort.class, AzureForStamp::activationKeyVerifier);
    }

    @Override
    public ConnectivityProbePort connectivityProbe() {
        return delegating(ConnectivityProbePort.class, AzureForStamp::connectivityProbe);
    }

    @Override
    public MarketplacePort marketplace() {
        return delegating(MarketplacePort.class, AzureForStamp::marketplace);
    }

    /** {@code port} of whichever clients are current at each call. */
    private <T> T delegating(Class<T> port, Function<AzureForStamp, T> of) {
        return port.cast(Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port}, (proxy, method, arguments) -> {
            if (method.getDeclaringClass() == Object.class) {
                return method.invoke(this, arguments);
            }
            try {
                return method.invoke(of.apply(now()), arguments);
            } catch (InvocationTargetException failed) {
                throw failed.getCause();
            }
        }));
    }
}
