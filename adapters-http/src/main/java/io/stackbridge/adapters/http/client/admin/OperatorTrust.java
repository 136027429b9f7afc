package io.stackbridge.adapters.http.client.admin;

import io.stackbridge.adapters.http.client.ClientConfig;
import io.stackbridge.adapters.http.client.HttpTransport;
import io.stackbridge.adapters.support.tls.InterceptingProxyPem;
import io.stackbridge.adapters.support.tls.PemTrust;
import io.vavr.control.Option;

import javax.net.ssl.SSLContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.function.Supplier;

/**
 * The operator's transport to an emulator's admin API: it trusts the emulator's {@code ca.pem} and,
 * when the file is there, the intercepting proxy's certificate the emulator wrote beside it, as a
 * workstation behind a TLS-inspecting proxy has the proxy's certificate installed. The file is looked
 * at on each call, so a rule added during the same command is trusted at the next call.
 */
final class OperatorTrust implements Supplier<HttpTransport> {

    private final ClientConfig config;
    private final Path caPem;
    private final Path proxyPem;
    private HttpTransport transport;
    private Option<FileTime> trustedProxy = Option.none();

    /** Reads the CA file at once: an unusable one fails here, as {@link PemTrust#sslContext(Path)} does. */
    OperatorTrust(ClientConfig config, Path caPem) {
        this.config = config;
        this.caPem = caPem;
        this.proxyPem = InterceptingProxyPem.beside(caPem);
        get();
    }

    @Override
    public synchronized HttpTransport get() {
        Option<FileTime> proxyNow = written(proxyPem);
        if (transport == null || !proxyNow.equals(trustedProxy)) {
            transport = new HttpTransport(config, Option.some(trust()));
            trustedProxy = proxyNow;
        }
        return transport;
    }

    /** The CA and the proxy; the CA alone when the proxy's file cannot be used (half written, say). */
    private SSLContext trust() {
        try {
            return PemTrust.sslContext(caPem, proxyPem);
        } catch (IllegalArgumentException | UncheckedIOException unusable) {
            return PemTrust.sslContext(caPem);
        }
    }

    private static Option<FileTime> written(Path file) {
        try {
            return Files.isRegularFile(file) ? Option.some(Files.getLastModifiedTime(file)) : Option.none();
        } catch (IOException gone) {
            return Option.none();
        }
    }
}
