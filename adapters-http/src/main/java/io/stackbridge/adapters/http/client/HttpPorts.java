package io.stackbridge.adapters.http.client;

import io.stackbridge.application.port.out.CustomerSubscriptionPort;
import io.stackbridge.application.port.out.RegistrationPort;
import io.stackbridge.application.port.out.TokenPort;
import io.stackbridge.application.port.out.UsagePushPort;

import java.net.URI;
import java.time.Clock;

/** The bridge's four driven ports over HTTPS, sharing one transport: what an Azure reached over the wire offers. */
public record HttpPorts(RegistrationPort registrations, CustomerSubscriptionPort customerSubscriptions, TokenPort tokens,
                        UsagePushPort usage) {

    /** The four clients for {@code config} (trust, timeouts), calling Resource Manager as {@code arm} says. */
    public static HttpPorts create(ClientConfig config, ArmTarget arm) {
        HttpTransport transport = new HttpTransport(config);
        return new HttpPorts(new HttpRegistrationPort(transport, arm), new HttpCustomerSubscriptionPort(transport, arm),
                new HttpTokenPort(transport), new HttpUsagePushPort(transport));
    }

    /**
     * The four clients, Resource Manager calls carrying a token that the token client obtains with
     * {@code armSignIn} (its scope a Resource Manager audience) and renews before it expires.
     */
    public static HttpPorts signedIn(ClientConfig config, URI management, TokenPort.TokenRequest armSignIn) {
        return signedIn(new HttpTransport(config), management, armSignIn);
    }

    /** The same, over a transport the caller shares with other clients (its TLS context built once). */
    public static HttpPorts signedIn(HttpTransport transport, URI management, TokenPort.TokenRequest armSignIn) {
        HttpTokenPort tokens = new HttpTokenPort(transport);
        ArmTarget arm = ArmTarget.of(management, ArmCredential.signedIn(tokens, armSignIn, Clock.systemUTC()));
        return new HttpPorts(new HttpRegistrationPort(transport, arm), new HttpCustomerSubscriptionPort(transport, arm), tokens,
                new HttpUsagePushPort(transport));
    }
}
