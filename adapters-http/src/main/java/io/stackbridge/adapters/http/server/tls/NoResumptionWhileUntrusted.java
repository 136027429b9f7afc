package io.stackbridge.adapters.http.server.tls;

import org.eclipse.jetty.util.ssl.SslContextFactory;

import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;
import java.util.function.BooleanSupplier;

/**
 * Jetty's server SSL factory, with one twist: while an UntrustedCertificate rule is listed, new
 * engines get an endpoint identification algorithm that no earlier session carries, so the JDK
 * refuses to resume those sessions and each client meets the key manager's choice of certificate.
 */
final class NoResumptionWhileUntrusted extends SslContextFactory.Server {

    static final String DISTINCT_IDENTIFICATION = "HTTPS";

    private final BooleanSupplier untrustedListed;

    NoResumptionWhileUntrusted(BooleanSupplier untrustedListed) {
        this.untrustedListed = untrustedListed;
    }

    @Override
    public void customize(SSLEngine engine) {
        super.customize(engine);
        if (untrustedListed.getAsBoolean()) {
            SSLParameters parameters = engine.getSSLParameters();
            parameters.setEndpointIdentificationAlgorithm(DISTINCT_IDENTIFICATION);
            engine.setSSLParameters(parameters);
        }
    }
}
