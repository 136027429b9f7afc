package io.stackbridge.adapters.http.server;

import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.stackbridge.adapters.http.server.admin.AdminPipeline;
import io.stackbridge.adapters.http.server.admin.AdminRoute;
import io.stackbridge.adapters.http.server.admin.HealthRoutes;
import io.stackbridge.adapters.http.server.localusage.LocalUsageRoutes;
import io.stackbridge.adapters.http.server.localusage.StampSide;
import io.stackbridge.adapters.http.server.pipeline.Authenticator;
import io.stackbridge.adapters.http.server.pipeline.Connections;
import io.stackbridge.adapters.http.server.pipeline.Failures;
import io.stackbridge.adapters.http.server.pipeline.Hang;
import io.stackbridge.adapters.http.server.pipeline.JsonErrorPage;
import io.stackbridge.adapters.http.server.pipeline.MethodNotAllowed;
import io.stackbridge.adapters.http.server.pipeline.Pipeline;
import io.stackbridge.adapters.http.server.pipeline.RequestBody;
import io.stackbridge.adapters.http.server.pipeline.RequestIds;
import io.stackbridge.adapters.http.server.pipeline.Responses;
import io.stackbridge.adapters.http.server.pipeline.Route;
import io.stackbridge.adapters.http.server.tls.PemFiles;
import io.stackbridge.adapters.http.server.tls.ServerIdentities;
import io.stackbridge.adapters.http.server.tls.ServerIdentity;
import io.stackbridge.adapters.http.server.tls.TlsSetup;
import io.stackbridge.adapters.http.server.tls.UntrustedHandshakes;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.eclipse.jetty.server.ServerConnector;

import java.io.IOException;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.time.Instant;

/**
 * The StackBridge emulator: the cloud side's use cases served over HTTPS as Azure Resource
 * Manager, Entra ID and the usage service, plus the admin namespace {@code /_stackbridge/…}.
 */
public final class EmulatorServer {

    private final EmulatorConfig config;
    private final CloudSide cloud;
    private final Option<StampSide> stamp;
    private Javalin app;
    private Hang hang;
    private volatile RunningEmulator running;
    private volatile Audiences audiences;

    public EmulatorServer(EmulatorConfig config, CloudSide cloud) {
        this(config, cloud, Option.none());
    }

    /** An emulator that also serves a simulated stamp's local usage APIs. */
    public EmulatorServer(EmulatorConfig config, CloudSide cloud, StampSide stamp) {
        this(config, cloud, Option.some(stamp));
    }

    private EmulatorServer(EmulatorConfig config, CloudSide cloud, Option<StampSide> stamp) {
        this.config = config;
        this.cloud = cloud;
        this.stamp = stamp;
    }

    /** Loads or generates the certificate, exports its PEM, binds the ports and starts serving. */
    public synchronized RunningEmulator start() throws IOException, GeneralSecurityException {
        if (running != null) {
            return running;
        }
        ServerIdentity identity = ServerIdentities.load(config.certificate(), config.exportedCaPem().toAbsolutePath().getParent());
        PemFiles.writeCertificates(config.exportedCaPem(), java.util.List.of(identity.root()));
        TlsSetup tls = TlsSetup.of(identity, new UntrustedHandshakes(cloud.listFaultRules(), cloud.addFaultRule()));
        hang = new Hang(config.hangDuration());
        Responses responses = new Responses(this::loginBase);
        Routes routes = new Routes(cloud, config, this::urls, this::closeOthers)
                .plus(stamp.map(side -> new LocalUsageRoutes(side).routes()).getOrElse(List.empty()));
        Authenticator authenticator = new Authenticator(config.auth(), cloud.verifyAccessToken(), this::audiences, this::serviceTime);
        Pipeline pipeline = new Pipeline(cloud, authenticator, responses, hang, config.maxBodyBytes());
        AdminPipeline admin = new AdminPipeline(responses, config.maxBodyBytes());
        app = Javalin.create(javalin -> configure(javalin, tls, responses, pipeline, admin, routes)).start();
        running = bound();
        tls.makeSpareAside();
        return running;
    }

    /** Stops serving and lets any held request go. */
    public synchronized void stop() {
        if (app != null) {
            hang.release();
            app.stop();
            app = null;
            running = null;
        }
    }

    public Option<RunningEmulator> running() {
        return Option.of(running);
    }

    private void configure(JavalinConfig javalin, TlsSetup tls, Responses responses, Pipeline pipeline, AdminPipeline admin,
                           Routes routes) {
        javalin.startup.showJavalinBanner = false;
        javalin.startup.showOldJavalinVersionWarning = false;
        javalin.http.maxRequestSize = config.maxBodyBytes();
        javalin.http.compressionStrategy = CompressionStrategy.NONE;
        javalin.router.caseInsensitiveRoutes = true;
        javalin.router.ignoreTrailingSlashes = true;
        // The Azure SDK's generic resources write ".../providers/{namespace}//{type}/{name}" when there is no parent path.
        javalin.router.treatMultipleSlashesAsSingleSlash = true;
        javalin.jetty.addConnector((server, http) -> Connectors.https(server, http, tls.factory(), config.host(), config.httpsPort()));
        config.httpPort().forEach(port -> javalin.jetty.addConnector((server, http) -> Connectors.http(server, http, config.host(), port)));
        javalin.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorPage()));
        javalin.jetty.modifyServletContextHandler(context -> context.setErrorHandler(new JsonErrorPage()));
        javalin.routes.before(RequestIds::stamp);
        for (Route route : routes.served()) {
            javalin.routes.addHttpHandler(route.method(), route.path(), ctx -> pipeline.serve(ctx, route));
        }
        for (AdminRoute route : routes.admin()) {
            javalin.routes.addHttpHandler(route.method(), route.path(), ctx -> admin.serve(ctx, route));
        }
        MethodNotAllowed notAllowed = new MethodNotAllowed(responses);
        routes.allowedMethods().forEach((path, allowed) -> MethodNotAllowed.METHODS.removeAll(allowed).forEach(method ->
                javalin.routes.addHttpHandler(method, path, ctx -> notAllowed.answer(ctx, allowed))));
        javalin.routes.after(ctx -> RequestBody.drain(ctx, config.maxBodyBytes()));
        new Failures(responses, config.maxBodyBytes()).register(javalin.routes);
        javalin.router.javaLangErrorHandler(Failures::error);
    }

    private RunningEmulator bound() {
        List<ServerConnector> connectors = List.of(app.jettyServer().server().getConnectors()).map(ServerConnector.class::cast);
        int httpsPort = connectors.get(0).getLocalPort();
        Option<Integer> httpPort = connectors.size() > 1 ? Option.some(connectors.get(1).getLocalPort()) : Option.none();
        String host = config.host().contains(":") ? "[" + config.host() + "]" : config.host();
        return new RunningEmulator(httpsPort, httpPort, URI.create("https://" + host + ":" + httpsPort),
                httpPort.map(port -> URI.create("http://" + host + ":" + port)), config.exportedCaPem().toAbsolutePath());
    }

    /** After an UntrustedCertificate rule is added: every other connection closes now, this one after its answer. */
    private void closeOthers(Context ctx) {
        ctx.header("Connection", "close");
        Connections.closeOthers(app.jettyServer().server(), ctx);
    }

    private HealthRoutes.Urls urls() {
        RunningEmulator now = running;
        return now == null ? new HealthRoutes.Urls(null, null, config.exportedCaPem().toAbsolutePath().toString())
                : new HealthRoutes.Urls(now.httpsUrl().toString(), now.httpUrl().map(URI::toString).getOrNull(), now.caCertificate().toString());
    }

    private String loginBase() {
        RunningEmulator now = running;
        return now == null ? "https://login.microsoftonline.com" : now.httpsUrl().toString();
    }

    /** The emulated Azure's time: real time plus the offset its administrator set. */
    private Instant serviceTime() {
        return Instant.now().plus(cloud.readClockOffset().offset());
    }

    /** The cloud side's management audiences, and this emulator's own URLs (worked out once per start, then reused). */
    private List<String> audiences() {
        RunningEmulator now = running;
        Audiences known = audiences;
        if (known != null && known.of() == now) {
            return known.names();
        }
        List<String> names = cloud.endpoints().managementAudiences();
        if (now != null) {
            names = names.appendAll(List.of(now.httpsUrl().toString(), "https://localhost:" + now.httpsPort()))
                    .appendAll(now.httpUrl().map(URI::toString).toList());
        }
        audiences = new Audiences(now, names);
        return names;
    }

    /** The accepted audiences worked out for one running server (or none yet). */
    private record Audiences(RunningEmulator of, List<String> names) {
    }
}
