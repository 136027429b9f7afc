package io.stackbridge.adapters.cli.wiring;

import io.stackbridge.application.port.out.ActivationKeyVerifierPort;
import io.stackbridge.application.port.out.ConnectivityProbePort;
import io.stackbridge.application.port.out.RegistrationPort;
import io.stackbridge.application.port.out.TokenPort;
import io.stackbridge.application.port.out.UsagePushPort;

/** The Azure a stamp's use cases reach, as a component dependency: in process (a fake) or over HTTPS (the emulator). */
interface StampAzure {

    RegistrationPort registrations();

    TokenPort tokens();

    UsagePushPort usage();

    ActivationKeyVerifierPort activationKeyVerifier();

    ConnectivityProbePort connectivityProbe();
}
