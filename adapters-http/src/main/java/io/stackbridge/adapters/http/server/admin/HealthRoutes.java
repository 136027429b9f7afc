package io.stackbridge.adapters.http.server.admin;

import io.javalin.http.HandlerType;
import io.stackbridge.adapters.http.server.EmulatorConfig;
import io.stackbridge.adapters.http.server.ServerAddress;
import io.stackbridge.adapters.http.server.pipeline.Reply;
import io.stackbridge.application.port.in.admin.ListFaultRulesUseCase;
import io.stackbridge.application.port.in.admin.ResetEmulatorUseCase;
import io.vavr.collection.List;
import io.vavr.control.Either;
import jakarta.inject.Inject;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;

/**
 * Health (status, version, uptime, URLs, CA certificate, auth mode, fault seed) and reset to the initial world.
 * When the admin key is required, health stays open for liveness probes but shows a caller without the key
 * only its status and version ({@link Liveness}).
 */
public final class HealthRoutes {

    public static final String VERSION = version();

    private final ListFaultRulesUseCase listFaultRules;
    private final ResetEmulatorUseCase resetEmulator;
    private final EmulatorConfig config;
    private final ServerAddress address;
    private final AdminGate gate;
    private final Instant started = Instant.now();

    /** The server's {@code config} and {@code address} say where it listens, with which auth mode. */
    @Inject
    public HealthRoutes(ListFaultRulesUseCase listFaultRules, ResetEmulatorUseCase resetEmulator, EmulatorConfig config,
                        ServerAddress address, AdminGate gate) {
        this.listFaultRules = listFaultRules;
        this.gate = gate;
        this.resetEmulator = resetEmulator;
        this.config = config;
        this.address = address;
    }

    /** Where the emulator listens, and the PEM file that clients trust. */
    public record Urls(String https, String http, String caCertificate) {
    }

    /** What {@code GET /_stackbridge/health} answers. */
    public record Health(String status, String version, long uptimeSeconds, Urls urls, String auth, long faultSeed) {
    }

    /** What {@code GET /_stackbridge/health} answers a caller without the admin key when the key is required. */
    public record Liveness(String status, String version) {
    }

    public List<AdminRoute> routes() {
        return List.of(
                AdminRoute.of(HandlerType.GET, "/health", call -> Either.right(gate.holdsKey(call.ctx())
                        ? Reply.ok(new Health("ok", VERSION, Duration.between(started, Instant.now()).toSeconds(), urls(),
                                config.auth().label(), listFaultRules.list().seed()))
                        : Reply.ok(new Liveness("ok", VERSION)))),
                AdminRoute.of(HandlerType.POST, "/reset", call -> {
                    resetEmulator.reset();
                    return Either.right(Reply.empty(204));
                }));
    }

    private Urls urls() {
        String ca = config.exportedCaPem().toAbsolutePath().toString();
        return address.now().map(now -> new Urls(now.httpsUrl().toString(), now.httpUrl().map(URI::toString).getOrNull(),
                now.caCertificate().toString())).getOrElse(() -> new Urls(null, null, ca));
    }

    private static String version() {
        String implementation = HealthRoutes.class.getPackage().getImplementationVersion();
        return implementation == null ? "0.1.0-SNAPSHOT" : implementation;
    }
}
