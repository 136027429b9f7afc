package io.stackbridge.adapters.http.server.portal;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.NotFoundResponse;
import io.stackbridge.adapters.http.server.admin.AdminPipeline;
import io.vavr.collection.HashMap;
import io.vavr.collection.Map;
import io.vavr.control.Option;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The portal's page as the browser asks for it: the index at {@value PortalPaths#PAGE}, its styles and
 * scripts from the classpath folder {@value #FOLDER} (one flat folder: a name is letters, digits and
 * dashes with a known extension, so nothing outside it is reachable and there is no listing), and
 * ECharts' self-contained bundle from its WebJar at {@link #ECHARTS}. Anything else is a 404 in the
 * ARM envelope. The page's files are revalidated on each load ({@code no-cache}); the versioned
 * ECharts bundle never changes under its URL and may be kept.
 */
public final class PortalPageRoutes {

    static final String FOLDER = "portal/";
    private static final String INDEX = "index.html";
    private static final Pattern FILE = Pattern.compile("[a-z][a-z0-9-]{0,40}\\.(html|css|js|svg)");
    private static final Map<String, String> TYPES = HashMap.of(
            "html", "text/html; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "svg", "image/svg+xml");
    private static final String WEBJAR = "META-INF/resources/webjars/echarts/";
    private static final String WEBJAR_PROPERTIES = "META-INF/maven/org.webjars.npm/echarts/pom.properties";

    /** The ECharts version the WebJar on the classpath carries. */
    public static final String ECHARTS_VERSION = echartsVersion();

    /** Where the page loads ECharts from (the index names it through the {@code @ECHARTS@} placeholder). */
    public static final String ECHARTS = PortalPaths.PAGE + "/webjars/echarts/" + ECHARTS_VERSION + "/dist/echarts.min.js";

    /** What the page may load and run: its own files only, styles set by the scripts (ECharts) included. */
    private static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:;"
            + " connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

    private static final java.util.Map<String, byte[]> LOADED = new ConcurrentHashMap<>();

    private PortalPageRoutes() {
    }

    /**
     * Adds the page's routes (GET only; the router answers anything else), each behind the admin gate's host
     * rule ({@link AdminPipeline#servePage}: over plain HTTP, a host the emulator does not know is refused).
     */
    public static void register(RoutesConfig routes, AdminPipeline admin) {
        routes.addHttpHandler(HandlerType.GET, PortalPaths.PAGE, ctx -> admin.servePage(ctx, index -> send(index, INDEX, page(INDEX))));
        routes.addHttpHandler(HandlerType.GET, PortalPaths.PAGE + "/{file}", ctx -> admin.servePage(ctx, PortalPageRoutes::file));
        routes.addHttpHandler(HandlerType.GET, ECHARTS, ctx -> admin.servePage(ctx, PortalPageRoutes::echarts));
    }

    private static void file(Context ctx) {
        String name = ctx.pathParam("file");
        if (!FILE.matcher(name).matches()) {
            throw new NotFoundResponse();
        }
        send(ctx, name, page(name));
    }

    private static void echarts(Context ctx) {
        byte[] bundle = load(WEBJAR + ECHARTS_VERSION + "/dist/echarts.min.js", false).getOrElseThrow(NotFoundResponse::new);
        ctx.header("Cache-Control", "public, max-age=31536000, immutable");
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.contentType(TYPES.get("js").get());
        ctx.result(bundle);
    }

    private static Option<byte[]> page(String name) {
        return load(FOLDER + name, name.equals(INDEX));
    }

    private static void send(Context ctx, String name, Option<byte[]> content) {
        byte[] bytes = content.getOrElseThrow(NotFoundResponse::new);
        ctx.header("Cache-Control", "no-cache");
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Content-Security-Policy", POLICY);
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.contentType(TYPES.get(name.substring(name.lastIndexOf('.') + 1)).get());
        ctx.result(bytes);
    }

    /** A resource's bytes (the index with the ECharts URL filled in), read once. */
    private static Option<byte[]> load(String resource, boolean index) {
        byte[] known = LOADED.get(resource);
        if (known != null) {
            return Option.some(known);
        }
        try (InputStream in = PortalPageRoutes.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                return Option.none();
            }
            byte[] bytes = in.readAllBytes();
            byte[] served = index ? new String(bytes, StandardCharsets.UTF_8).replace("@ECHARTS@", ECHARTS).getBytes(StandardCharsets.UTF_8) : bytes;
            LOADED.put(resource, served);
            return Option.some(served);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    private static String echartsVersion() {
        Properties properties = new Properties();
        try (InputStream in = PortalPageRoutes.class.getClassLoader().getResourceAsStream(WEBJAR_PROPERTIES)) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException unreadable) {
            // the pinned version below
        }
        return properties.getProperty("version", "5.3.1");
    }
}
