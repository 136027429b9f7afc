package io.stackbridge.adapters.stamp.bridge;

import io.stackbridge.application.port.out.ConnectivityProbePort;
import io.stackbridge.application.port.out.RegistrationPort;
import io.stackbridge.application.port.out.RegistrationTokenCodecPort;
import io.stackbridge.application.port.out.TokenPort.AccessToken;
import io.stackbridge.application.port.out.TokenPort.TokenRequest;
import io.stackbridge.application.port.out.UsagePushPort.PushReceipt;
import io.stackbridge.application.port.out.UsagePushPort.UsagePush;
import io.stackbridge.domain.error.BridgeError;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.registration.ActivationKey;
import io.stackbridge.domain.registration.ActivationKeyClaims;
import io.vavr.collection.List;
import io.vavr.control.Either;

import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An Azure for wiring tests: it signs anyone in, accepts and remembers every push, and takes any
 * activation key to mean the claims it was told to return. Ports it does not serve answer NetworkError.
 */
final class StubAzure {

    static final String UNREACHABLE = "https://stub.invalid";

    private final java.util.List<UsagePush> pushes = new CopyOnWriteArrayList<>();
    private volatile ActivationKeyClaims claims;

    void willActivate(ActivationKeyClaims next) {
        claims = next;
    }

    List<UsagePush> pushes() {
        return List.ofAll(pushes);
    }

    Either<DomainError, AccessToken> acquire(TokenRequest request) {
        return Either.right(new AccessToken("token-for-" + request.scope(), Instant.now().plusSeconds(3600)));
    }

    Either<DomainError, PushReceipt> push(UsagePush push) {
        pushes.add(push);
        return Either.right(new PushReceipt(push.batch().id(), push.batch().records().size(), false));
    }

    Either<DomainError, ActivationKeyClaims> verify(ActivationKey key) {
        return Either.right(claims);
    }

    RegistrationPort registrations() {
        return unreachable(RegistrationPort.class);
    }

    ConnectivityProbePort probe() {
        return unreachable(ConnectivityProbePort.class);
    }

    RegistrationTokenCodecPort codec() {
        return unreachable(RegistrationTokenCodecPort.class);
    }

    /** A port whose every call fails as an unreachable endpoint would. */
    private static <T> T unreachable(Class<T> port) {
        Object proxy = Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[]{port},
                (self, method, arguments) -> Either.left(new BridgeError.NetworkError(UNREACHABLE, method.getName())));
        return port.cast(proxy);
    }
}
