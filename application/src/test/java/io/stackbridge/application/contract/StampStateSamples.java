package io.stackbridge.application.contract;

import io.stackbridge.domain.billing.BillingModel;
import io.stackbridge.domain.bridge.BridgeFailure;
import io.stackbridge.domain.error.BridgeError;
import io.stackbridge.domain.error.UsageApiError;
import io.stackbridge.domain.id.ClientId;
import io.stackbridge.domain.id.CloudId;
import io.stackbridge.domain.id.ObjectId;
import io.stackbridge.domain.id.TenantId;
import io.stackbridge.domain.identity.CertificateCredential;
import io.stackbridge.domain.identity.ClientSecret;
import io.stackbridge.domain.registration.ActivationKey;
import io.stackbridge.domain.registration.ActivationKeyClaims;
import io.stackbridge.domain.registration.RegistrationKey;
import io.stackbridge.domain.stamp.Activation;
import io.stackbridge.domain.stamp.BillingChoice;
import io.stackbridge.domain.stamp.BridgePrincipal;
import io.stackbridge.domain.stamp.Stamp;
import io.vavr.collection.List;

import java.net.URI;
import java.time.Instant;

/**
 * Fixed values for the stamp state contracts: a stamp, an activation and bridge failures. Times are
 * whole milliseconds, the precision a durable store must keep at least.
 */
public final class StampStateSamples {

    public static final Instant T0 = Instant.parse("2026-11-21T10:15:30.123Z");
    public static final CloudId CLOUD = CloudId.of("5BF881B2-6be7-42a1-9f47-d6fcb6737747");
    public static final BridgePrincipal PRINCIPAL = new BridgePrincipal(URI.create("https://login.example:8443/base"),
            TenantId.of("aaaaaaaa-0001-4000-8000-000000000001"), ClientId.of("aaaaaaaa-0003-4000-8000-000000000001"),
            ObjectId.of("aaaaaaaa-0004-4000-8000-000000000001"), new ClientSecret("s3cret with spaces"));
    public static final RegistrationKey REGISTRATION = RegistrationKey.of("aaaaaaaa-0002-4000-8000-000000000001", "AzureStack",
            "azurestack-" + CLOUD.value());

    private StampStateSamples() {
    }

    /** The sample principal signing in with a certificate (bridge-certificate.pem: a self-signed certificate and its PKCS#8 key). */
    public static BridgePrincipal certificatePrincipal() {
        try (var pem = StampStateSamples.class.getResourceAsStream("bridge-certificate.pem")) {
            String text = new String(pem.readAllBytes(), java.nio.charset.StandardCharsets.US_ASCII);
            return new BridgePrincipal(PRINCIPAL.loginEndpoint(), PRINCIPAL.tenantId(), PRINCIPAL.clientId(), PRINCIPAL.objectId(),
                    PRINCIPAL.secret(), io.vavr.control.Option.some(CertificateCredential.parse("certificate", text).get()));
        } catch (java.io.IOException unreadable) {
            throw new java.io.UncheckedIOException(unreadable);
        }
    }

    /** A valid stamp with {@code billing}. */
    public static Stamp stamp(BillingChoice billing) {
        return Stamp.of(CLOUD, List.of(StampTokens.node()), billing, PRINCIPAL).toEither()
                .getOrElseThrow(problems -> new IllegalStateException(problems.mkString()));
    }

    public static Stamp capacityStamp() {
        return stamp(BillingChoice.of(BillingModel.Capacity).withAgreementNumber("EA-0042").withUsageReporting(false)
                .withMarketplaceSyndication(false));
    }

    public static Activation activation(Instant expires) {
        ActivationKeyClaims claims = new ActivationKeyClaims(REGISTRATION.subscriptionId(), REGISTRATION.resourceGroup(),
                REGISTRATION.name(), CLOUD, PRINCIPAL.objectId(), BillingModel.PayAsYouUse, true, false,
                "https://usage.example:8443", "https://usage.microsoftazurestack.com", List.of(StampTokens.node()), expires,
                "stackbridge", "1.0");
        return new Activation(new ActivationKey("eyJhbGciOiJSUzI1NiJ9.eyJjbG91ZElkIjoiNWJmIn0.c2lnbmF0dXJl"), claims, T0);
    }

    public static BridgeFailure loginFailure() {
        return BridgeFailure.of(new BridgeError.LoginError("https://login.example", "HTTP 401: invalid_client"), T0, 1,
                "https://usage.example");
    }

    public static BridgeFailure busy(int attempts) {
        return BridgeFailure.of(new UsageApiError.ServiceUnavailable(30), T0.plusSeconds(90), attempts, "https://usage.example");
    }
}
