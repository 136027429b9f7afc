package io.stackbridge.adapters.http.server.tls;

import io.stackbridge.adapters.http.server.EmulatorConfig;
import io.stackbridge.adapters.support.tls.InterceptingProxyPem;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

/**
 * The TLS-inspecting proxy an UntrustedCertificate fault stands for: its certificate is the spare
 * identity, and once a rule asks for it ({@link #publish()}) its PEM is written beside the exported
 * {@code ca.pem}, where the operator's terminal finds and trusts it (a stamp's bridge never does).
 * A rule that came by another way than the admin API has it written at the first handshake that presents
 * it. Nothing is written at start, nor by an emulator that never presented it.
 */
@Singleton
public final class InterceptingProxy implements Supplier<ServerIdentity> {

    private static final Logger LOG = LoggerFactory.getLogger(InterceptingProxy.class);

    private final SpareIdentity spare = new SpareIdentity();
    private final Path pem;
    private boolean published;

    @Inject
    public InterceptingProxy(EmulatorConfig config) {
        this.pem = InterceptingProxyPem.beside(config.exportedCaPem());
    }

    SpareIdentity spare() {
        return spare;
    }

    /** The proxy's identity, for a handshake that presents it: its PEM written first if nothing asked before. */
    @Override
    public ServerIdentity get() {
        publish();
        return spare.get();
    }

    /**
     * Makes the proxy's certificate if it is not made yet and writes its PEM, once per start. A state
     * directory that cannot be written is logged once and the rule goes on: only the terminal's trust needs the file.
     */
    public synchronized void publish() {
        if (!published) {
            published = true;
            try {
                PemFiles.writeCertificates(pem, List.of(spare.get().root()));
            } catch (IOException unwritable) {
                LOG.warn("cannot write the intercepting proxy's certificate to {}: {}", pem, unwritable.toString());
            }
        }
    }
}
