package io.stackbridge.adapters.http.server.tls;

import io.stackbridge.adapters.http.server.EmulatorConfig;
import io.stackbridge.adapters.support.tls.InterceptingProxyPem;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The TLS-inspecting proxy an UntrustedCertificate fault stands for: its certificate is the spare
 * identity, and once a rule asks for it ({@link #publish()}) its PEM is written beside the exported
 * {@code ca.pem}, where the operator's terminal finds and trusts it (a stamp's bridge never does).
 * Nothing is written at start, nor by an emulator no rule of that kind was ever added to.
 */
@Singleton
public final class InterceptingProxy {

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

    /** Makes the proxy's certificate if it is not made yet and writes its PEM, once per start; returns the file. */
    public synchronized Path publish() {
        if (!published) {
            try {
                PemFiles.writeCertificates(pem, List.of(spare.get().root()));
            } catch (IOException unwritable) {
                throw new UncheckedIOException("cannot write " + pem, unwritable);
            }
            published = true;
        }
        return pem;
    }
}
