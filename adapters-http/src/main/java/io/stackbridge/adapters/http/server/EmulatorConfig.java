package io.stackbridge.adapters.http.server;

import io.stackbridge.adapters.support.tls.CertificateSource;
import io.vavr.control.Option;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * How the emulator listens and behaves: host (127.0.0.1), HTTPS port (0 = any free one), an
 * optional plain-HTTP port, the auth mode, the TLS certificate and where its PEM is exported, the
 * list page size, the request body limit, how long a Slow fault holds a request and who may use the
 * admin API ({@link AdminAccess}: open unless configured).
 */
public record EmulatorConfig(String host, int httpsPort, Option<Integer> httpPort, AuthMode auth, CertificateSource certificate,
                             Path exportedCaPem, int pageSize, long maxBodyBytes, Duration hangDuration,
                             AdminAccess adminAccess) {

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PAGE_SIZE = 100;
    public static final long DEFAULT_MAX_BODY_BYTES = 4L * 1024 * 1024;
    public static final Duration DEFAULT_HANG = Duration.ofSeconds(60);

    public EmulatorConfig {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(httpPort, "httpPort");
        Objects.requireNonNull(auth, "auth");
        Objects.requireNonNull(certificate, "certificate");
        Objects.requireNonNull(exportedCaPem, "exportedCaPem");
        Objects.requireNonNull(hangDuration, "hangDuration");
        Objects.requireNonNull(adminAccess, "adminAccess");
        if (httpsPort < 0 || httpsPort > 65535 || pageSize < 1 || maxBodyBytes < 1 || hangDuration.isNegative()) {
            throw new IllegalArgumentException("invalid emulator configuration");
        }
    }

    /** The state directory of the defaults: {@code ${java.io.tmpdir}/stackbridge}. */
    public static Path defaultStateDirectory() {
        return Path.of(System.getProperty("java.io.tmpdir"), "stackbridge");
    }

    /** 127.0.0.1, any free HTTPS port, no plain HTTP, strict auth, a generated certificate exported as {@code ca.pem}. */
    public static EmulatorConfig defaults() {
        return inStateDirectory(defaultStateDirectory());
    }

    /** The defaults, with the generated certificate and its exported PEM kept in {@code directory}. */
    public static EmulatorConfig inStateDirectory(Path directory) {
        return new EmulatorConfig(DEFAULT_HOST, 0, Option.none(), AuthMode.STRICT, new CertificateSource.Generated(),
                directory.resolve("ca.pem"), DEFAULT_PAGE_SIZE, DEFAULT_MAX_BODY_BYTES, DEFAULT_HANG, new AdminAccess.Open());
    }

    public EmulatorConfig withHttpsPort(int port) {
        return new EmulatorConfig(host, port, httpPort, auth, certificate, exportedCaPem, pageSize, maxBodyBytes, hangDuration, adminAccess);
    }

    public EmulatorConfig withHttpPort(int port) {
        return new EmulatorConfig(host, httpsPort, Option.some(port), auth, certificate, exportedCaPem, pageSize, maxBodyBytes,
                hangDuration, adminAccess);
    }

    public EmulatorConfig withHost(String newHost) {
        return new EmulatorConfig(newHost, httpsPort, httpPort, auth, certificate, exportedCaPem, pageSize, maxBodyBytes, hangDuration, adminAccess);
    }

    public EmulatorConfig withAuth(AuthMode mode) {
        return new EmulatorConfig(host, httpsPort, httpPort, mode, certificate, exportedCaPem, pageSize, maxBodyBytes, hangDuration, adminAccess);
    }

    public EmulatorConfig withCertificate(CertificateSource source, Path exportTo) {
        return new EmulatorConfig(host, httpsPort, httpPort, auth, source, exportTo, pageSize, maxBodyBytes, hangDuration, adminAccess);
    }

    public EmulatorConfig withPageSize(int size) {
        return new EmulatorConfig(host, httpsPort, httpPort, auth, certificate, exportedCaPem, size, maxBodyBytes, hangDuration, adminAccess);
    }

    public EmulatorConfig withMaxBodyBytes(long bytes) {
        return new EmulatorConfig(host, httpsPort, httpPort, auth, certificate, exportedCaPem, pageSize, bytes, hangDuration, adminAccess);
    }

    public EmulatorConfig withAdminAccess(AdminAccess access) {
        return new EmulatorConfig(host, httpsPort, httpPort, auth, certificate, exportedCaPem, pageSize, maxBodyBytes, hangDuration, access);
    }

    public EmulatorConfig withHangDuration(Duration hang) {
        return new EmulatorConfig(host, httpsPort, httpPort, auth, certificate, exportedCaPem, pageSize, maxBodyBytes, hang, adminAccess);
    }
}
