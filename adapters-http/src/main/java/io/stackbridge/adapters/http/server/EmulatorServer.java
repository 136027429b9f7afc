package io.stackbridge.adapters.http.server;

import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.config.JavalinConfig;
import io.javalin.http.HandlerType;
import io.stackbridge.adapters.http.server.admin.AdminPipeline;
import io.stackbridge.adapters.http.server.admin.AdminRoute;
import io.stackbridge.adapters.http.server.localusage.StampUsageQueries;
import io.stackbridge.adapters.http.server.pipeline.BodyReader;
import io.stackbridge.adapters.http.server.pipeline.DotSegments;
import io.stackbridge.adapters.http.server.pipeline.ExceptionAnswers;
import io.stackbridge.adapters.http.server.pipeline.ExistenceChecks;
import io.stackbridge.adapters.http.server.pipeline.JsonErrorPage;
import io.stackbridge.adapters.http.server.pipeline.MethodNotAllowed;
import io.stackbridge.adapters.http.server.pipeline.Pipeline;
import io.stackbridge.adapters.http.server.pipeline.RequestIds;
import io.stackbridge.adapters.http.server.pipeline.Route;
import io.stackbridge.adapters.http.server.pipeline.ServedPaths;
import io.stackbridge.adapters.http.server.portal.PortalPageRoutes;
import io.stackbridge.adapters.http.server.portal.PortalSides;
import io.stackbridge.adapters.http.server.tls.InterceptingProxy;
import io.stackbridge.adapters.http.server.tls.PemFiles;
import io.stackbridge.adapters.http.server.tls.ServerIdentities;
import io.stackbridge.adapters.http.server.tls.TlsSetup;
import io.stackbridge.adapters.http.server.tls.UntrustedHandshakes;
import io.stackbridge.adapters.support.net.HostNames;
import io.vavr.collection.List;
import io.vavr.control.Option;
import jakarta.inject.Inject;
import org.eclipse.jetty.server.ServerConnector;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.security.GeneralSecurityException;

/**
 * The StackBridge emulator: the cloud side's use cases served over HTTPS as Azure Resource
 * Manager, Entra ID and the usage service, plus the admin namespace {@code /_stackbridge/…}.
 * Its routes go through the {@link Pipeline} (the admin ones through the {@link AdminPipeline});
 * what escapes a route is answered by {@link MethodNotAllowed} and {@link ExceptionAnswers}. Once
 * stopped, a server is not started again.
 */
public final class EmulatorServer {

    private final EmulatorConfig config;
    private final EmulatorRoutes routes;
    private final Pipeline pipeline;
    private final AdminPipeline admin;
    private final ExceptionAnswers exceptionAnswers;
    private final ServerAddress address;
    private final UntrustedHandshakes untrusted;
    private final InterceptingProxy proxy;
    private Javalin app;

    @Inject
    public EmulatorServer(EmulatorConfig config, EmulatorRoutes routes, Pipeline pipeline, AdminPipeline admin, ExceptionAnswers exceptionAnswers,
                          ServerAddress address, UntrustedHandshakes untrusted, InterceptingProxy proxy) {
        this.config = config;
        this.routes = routes;
        this.pipeline = pipeline;
        this.admin = admin;
        this.exceptionAnswers = exceptionAnswers;
        this.address = address;
        this.untrusted = untrusted;
        this.proxy = proxy;
    }

    /** The same server (not started yet), also serving a simulated stamp's local usage APIs. */
    public EmulatorServer withLocalUsage(StampUsageQueries stamp) {
        return new EmulatorServer(config, routes.withLocalUsage(stamp), pipeline, admin, exceptionAnswers, address, untrusted, proxy);
    }

    /** The same server (not started yet), also serving the operator's portal over {@code sides}. */
    public EmulatorServer withPortal(PortalSides sides) {
        return new EmulatorServer(config, routes.withPortal(sides), pipeline, admin, exceptionAnswers, address, untrusted, proxy);
    }

    /**
     * Loads or generates the certificate in memory, binds the ports and starts serving; only then keeps a generated
     * certificate and exports the CA's PEM, so a start that cannot bind leaves the state directory as it was.
     */
    public synchronized RunningEmulator start() throws IOException, GeneralSecurityException {
        Option<RunningEmulator> already = address.now();
        if (already.isDefined()) {
            return already.get();
        }
        Path state = config.exportedCaPem().toAbsolutePath().getParent();
        ServerIdentities.Prepared identity = ServerIdentities.prepare(config.certificate(), state);
        TlsSetup tls = TlsSetup.of(identity.identity(), untrusted, proxy);
        app = Javalin.create(javalin -> configure(javalin, tls)).start();
        try {
            identity.save(state);
            PemFiles.writeCertificates(config.exportedCaPem(), java.util.List.of(identity.identity().root()));
        } catch (IOException | RuntimeException cannotKeep) {
            app.stop();
            app = null;
            throw cannotKeep;
        }
        RunningEmulator running = bound();
        address.listening(running);
        tls.makeSpareAside();
        return running;
    }

    /** Stops serving and lets any held request go. */
    public synchronized void stop() {
        if (app != null) {
            pipeline.releaseHeld();
            app.stop();
            app = null;
            address.stopped();
        }
    }

    public Option<RunningEmulator> running() {
        return address.now();
    }

    private void configure(JavalinConfig javalin, TlsSetup tls) {
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
        javalin.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorPage(Connectors.REQUEST_HEADER_BYTES)));
        javalin.jetty.modifyServletContextHandler(context -> context.setErrorHandler(new JsonErrorPage(Connectors.REQUEST_HEADER_BYTES)));
        javalin.routes.before(RequestIds::stamp);
        javalin.routes.before(DotSegments::refuse);
        for (Route route : routes.served()) {
            javalin.routes.addHttpHandler(route.method(), route.path(), ctx -> pipeline.serve(ctx, route));
        }
        for (AdminRoute route : routes.admin()) {
            javalin.routes.addHttpHandler(route.method(), route.path(), ctx -> admin.serve(ctx, route));
        }
        PortalPageRoutes.register(javalin.routes, admin);
        routes.served().filter(route -> route.method() == HandlerType.GET).forEach(route -> javalin.routes.addHttpHandler(HandlerType.HEAD,
                route.path(), ctx -> {
                    pipeline.serve(ctx, route);
                    ExistenceChecks.answer(ctx);
                }));
        routes.admin().filter(route -> route.method() == HandlerType.GET).forEach(route -> javalin.routes.addHttpHandler(HandlerType.HEAD,
                route.path(), ctx -> admin.serve(ctx, route)));
        javalin.routes.after(ctx -> BodyReader.drain(ctx, config.maxBodyBytes()));
        // Another method on a served path is no route of its own (the one per path and method took a tenth of
        // the start): the router finds none, and the 404 it raises becomes the 405 from what the path allows.
        exceptionAnswers.register(javalin.routes, ServedPaths.of(routes.allowedMethods(), javalin.router));
        javalin.router.javaLangErrorHandler(ExceptionAnswers::error);
    }

    private RunningEmulator bound() {
        List<ServerConnector> connectors = List.of(app.jettyServer().server().getConnectors()).map(ServerConnector.class::cast);
        int httpsPort = connectors.get(0).getLocalPort();
        Option<Integer> httpPort = connectors.size() > 1 ? Option.some(connectors.get(1).getLocalPort()) : Option.none();
        String host = HostNames.inUrl(config.host());
        return new RunningEmulator(httpsPort, httpPort, URI.create("https://" + host + ":" + httpsPort),
                httpPort.map(port -> URI.create("http://" + host + ":" + port)), config.exportedCaPem().toAbsolutePath());
    }
}
