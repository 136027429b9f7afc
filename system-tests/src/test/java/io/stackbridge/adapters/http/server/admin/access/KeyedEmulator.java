package io.stackbridge.adapters.http.server.admin.access;

import io.stackbridge.adapters.http.server.AdminAccess;
import io.stackbridge.adapters.http.server.EmulatorConfig;
import io.stackbridge.adapters.http.server.EmulatorRoutes;
import io.stackbridge.adapters.http.server.EmulatorServer;
import io.stackbridge.adapters.http.server.RunningEmulator;
import io.stackbridge.adapters.http.server.admin.AdminRoute;
import io.stackbridge.adapters.http.server.pipeline.Route;
import io.stackbridge.adapters.http.server.portal.PortalLabs;
import io.stackbridge.adapters.http.server.portal.PortalSides;
import io.stackbridge.adapters.http.server.portal.PortalStamp;
import io.stackbridge.adapters.http.server.portal.PortalSupport;
import io.stackbridge.adapters.http.server.support.Http;
import io.stackbridge.adapters.http.server.support.TestServer;
import io.stackbridge.adapters.support.access.AdminKey;
import io.stackbridge.adapters.support.tls.PemTrust;
import io.stackbridge.junit.FakeAzure;
import io.vavr.collection.List;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.file.Path;

/**
 * An emulator on 127.0.0.1 that asks for the admin key ({@link AdminAccess.KeyRequired}), as one listening beyond
 * loopback does, with the portal's stamp, labs and support routes over sides that must never be reached (the gate
 * stands before them). Its route lists are read from the server itself, so a route added later is swept too.
 */
final class KeyedEmulator implements AutoCloseable {

    static final AdminKey KEY = AdminKey.generate();

    final FakeAzure fake = FakeAzure.start();
    final EmulatorServer server;
    final RunningEmulator running;
    /** Without the key. */
    final Http anonymous;
    /** With the key. */
    final Http keyed;

    KeyedEmulator(Path state) {
        EmulatorConfig config = EmulatorConfig.inStateDirectory(state).withAdminAccess(new AdminAccess.KeyRequired(KEY));
        server = TestServer.over(fake, config).withPortal(new PortalSides(unreached(PortalStamp.class), unreached(PortalLabs.class),
                unreached(PortalSupport.class)));
        try {
            running = server.start();
        } catch (Exception failed) {
            throw new IllegalStateException("the emulator did not start", failed);
        }
        anonymous = new Http(running.httpsUrl(), PemTrust.sslContext(running.caCertificate()), null);
        keyed = anonymous.withHeader(AdminKey.HEADER, KEY.reveal());
    }

    /** Every route of the admin namespace the server registers, the portal's included. */
    List<AdminRoute> adminRoutes() {
        return routes("admin");
    }

    /** Every route of the emulated Azure the server registers. */
    List<Route> servedRoutes() {
        return routes("served");
    }

    /** A path the route answers, its parameters filled with {@code x}. */
    static String pathOf(String template) {
        return template.replaceAll("\\{[^}/]+}", "x");
    }

    @SuppressWarnings("unchecked")
    private <T> List<T> routes(String list) {
        try {
            Field field = EmulatorServer.class.getDeclaredField("routes");
            field.setAccessible(true);
            Method read = EmulatorRoutes.class.getDeclaredMethod(list);
            read.setAccessible(true);
            return (List<T>) read.invoke(field.get(server));
        } catch (ReflectiveOperationException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }

    private static <T> T unreached(Class<T> side) {
        return side.cast(Proxy.newProxyInstance(side.getClassLoader(), new Class<?>[]{side}, (proxy, method, arguments) -> {
            switch (method.getName()) {
                case "toString" -> {
                    return "unreached " + side.getSimpleName();
                }
                case "hashCode" -> {
                    return System.identityHashCode(proxy);
                }
                case "equals" -> {
                    return proxy == arguments[0];
                }
                default -> {
                }
            }
            throw new AssertionError("the gate let a call reach " + side.getSimpleName() + "." + method.getName());
        }));
    }

    @Override
    public void close() {
        server.stop();
    }
}
