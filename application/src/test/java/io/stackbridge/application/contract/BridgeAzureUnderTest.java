package io.stackbridge.application.contract;

import io.stackbridge.application.port.out.ActivationKeyVerifierPort;
import io.stackbridge.application.port.out.ConnectivityProbePort;
import io.stackbridge.application.port.out.RegistrationTokenCodecPort;
import io.stackbridge.domain.registration.ActivationKey;
import io.stackbridge.domain.registration.ActivationKeyClaims;

/**
 * An Azure under test as a whole stamp meets it: the bridge's four ports, plus how the stamp
 * verifies activation keys and probes connectivity in that shape, and the administrator's means to
 * sign activation keys of its own (expired ones, say) or to get one signed by another Azure.
 */
public interface BridgeAzureUnderTest extends AzureUnderTest {

    ActivationKeyVerifierPort activationKeyVerifier();

    ConnectivityProbePort connectivityProbe();

    /** The registration token format the stamp writes. */
    RegistrationTokenCodecPort tokenCodec();

    /** An activation key with {@code claims}, signed by this Azure's key. */
    ActivationKey sign(ActivationKeyClaims claims);

    /** The same claims signed by another Azure's key, which this Azure does not publish. */
    ActivationKey signElsewhere(ActivationKeyClaims claims);
}
