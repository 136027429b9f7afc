package io.stackbridge.adapters.http.server.admin;

import io.javalin.http.HandlerType;
import io.stackbridge.adapters.http.server.CloudSide;
import io.stackbridge.adapters.http.server.pipeline.Reply;
import io.vavr.collection.List;
import io.vavr.control.Either;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/** Health (status, version, uptime, URLs, CA certificate, auth mode, fault seed) and reset to the initial world. */
public final class HealthRoutes {

    public static final String VERSION = version();

    private final CloudSide cloud;
    private final Supplier<Urls> urls;
    private final String authMode;
    private final Instant started = Instant.now();

    public HealthRoutes(CloudSide cloud, Supplier<Urls> urls, String authMode) {
        this.cloud = cloud;
        this.urls = urls;
        this.authMode = authMode;
    }

    /** Where the emulator listens, and the PEM file that clients trust. */
    public record Urls(String https, String http, String caCertificate) {
    }

    /** What {@code GET /_stackbridge/health} answers. */
    public record Health(String status, String version, long uptimeSeconds, Urls urls, String auth, long faultSeed) {
    }

    public List<AdminRoute> routes() {
        return List.of(
                AdminRoute.of(HandlerType.GET, "/health", call -> Either.right(Reply.ok(new Health("ok", VERSION,
                        Duration.between(started, Instant.now()).toSeconds(), urls.get(), authMode,
                        cloud.listFaultRules().list().seed())))),
                AdminRoute.of(HandlerType.POST, "/reset", call -> {
                    cloud.resetEmulator().reset();
                    return Either.right(Reply.empty(204));
                }));
    }

    private static String version() {
        String implementation = HealthRoutes.class.getPackage().getImplementationVersion();
        return implementation == null ? "0.1.0-SNAPSHOT" : implementation;
    }
}
