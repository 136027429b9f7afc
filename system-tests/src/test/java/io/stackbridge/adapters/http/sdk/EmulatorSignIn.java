package io.stackbridge.adapters.http.sdk;

import com.azure.core.credential.TokenCredential;
import com.azure.identity.ClientCertificateCredentialBuilder;
import com.azure.identity.ClientSecretCredentialBuilder;
import io.stackbridge.adapters.fakeazure.world.DefaultWorld;
import io.stackbridge.domain.id.ClientId;

import java.net.URI;
import java.nio.file.Path;

/**
 * Microsoft's own credential classes (azure-identity), unchanged, aimed at the emulator: the authority
 * host is its URL, the HTTP client the SDK's JDK one trusting its PEM (not the JVM's trust store),
 * and instance discovery off, which would otherwise ask login.microsoftonline.com about the host.
 */
final class EmulatorSignIn {

    private EmulatorSignIn() {
    }

    /** The well-known bridge principal with {@code secret}. */
    static TokenCredential secret(URI emulator, Path caPem, ClientId client, String secret) {
        return new ClientSecretCredentialBuilder()
                .authorityHost(emulator.toString())
                .tenantId(DefaultWorld.PARTNER_TENANT.value())
                .clientId(client.value())
                .clientSecret(secret)
                .httpClient(AzureSdk.httpClient(caPem))
                .disableInstanceDiscovery()
                .build();
    }

    /** A principal signing client assertions with the certificate and key of {@code certificateAndKeyPem}. */
    static TokenCredential certificate(URI emulator, Path caPem, ClientId client, Path certificateAndKeyPem) {
        return new ClientCertificateCredentialBuilder()
                .authorityHost(emulator.toString())
                .tenantId(DefaultWorld.PARTNER_TENANT.value())
                .clientId(client.value())
                .pemCertificate(certificateAndKeyPem.toString())
                .httpClient(AzureSdk.httpClient(caPem))
                .disableInstanceDiscovery()
                .build();
    }
}
