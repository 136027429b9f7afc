package io.stackbridge.adapters.stamp.bridge;

import dagger.Provides;
import io.stackbridge.application.port.out.ActivationKeyVerifierPort;
import io.stackbridge.application.port.out.ConnectivityProbePort;
import io.stackbridge.application.port.out.RegistrationPort;
import io.stackbridge.application.port.out.RegistrationTokenCodecPort;
import io.stackbridge.application.port.out.TokenPort;
import io.stackbridge.application.port.out.UsagePushPort;
import jakarta.inject.Singleton;

/** The Azure side of the test component: one {@link StubAzure} serving every Azure port. */
@dagger.Module
final class StubAzureModule {

    private StubAzureModule() {
    }

    @Provides @Singleton
    static StubAzure azure() {
        return new StubAzure();
    }

    @Provides
    static RegistrationPort registrations(StubAzure azure) {
        return azure.registrations();
    }

    @Provides
    static TokenPort tokens(StubAzure azure) {
        return azure::acquire;
    }

    @Provides
    static UsagePushPort usage(StubAzure azure) {
        return azure::push;
    }

    @Provides
    static ActivationKeyVerifierPort verifier(StubAzure azure) {
        return azure::verify;
    }

    @Provides
    static ConnectivityProbePort probe(StubAzure azure) {
        return azure.probe();
    }

    @Provides
    static RegistrationTokenCodecPort codec(StubAzure azure) {
        return azure.codec();
    }
}
