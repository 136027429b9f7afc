package io.stackbridge.adapters.cli.wiring;

import io.stackbridge.adapters.fakeazure.world.DefaultWorld;
import io.stackbridge.adapters.http.server.tls.TlsCode;
import org.eclipse.jetty.http.MimeTypes;

import java.util.Arrays;

/**
 * What {@code serve} needs before its port opens and takes long to load, loaded on a thread of its
 * own while the main thread parses the command line and builds the emulator: the well-known world
 * (unless another is given), the TLS set-up's code, Jetty's MIME table (whose set-up lists every
 * locale of the JDK), then the code of a TLS handshake, which the first connection needs. The main thread uses the same classes and values; where it comes first, it does the work
 * itself as before, so nothing depends on this thread but the time it saves.
 */
public final class ServePreload {

    private ServePreload() {
    }

    /** Starts loading when {@code args} run {@code serve}; otherwise nothing. */
    public static void startFor(String... args) {
        if (args.length == 0 || !"serve".equals(args[0])) {
            return;
        }
        boolean worldGiven = Arrays.stream(args).anyMatch(arg -> arg.equals("--world") || arg.startsWith("--world="));
        Thread thread = new Thread(() -> load(worldGiven), "stackbridge-preload");
        thread.setDaemon(true);
        thread.start();
    }

    /** Loads all of it on the calling thread: the training run does, so that the class-data archive holds it. */
    public static void loadNow() {
        load(false);
    }

    private static void load(boolean worldGiven) {
        try {
            if (!worldGiven) {
                DefaultWorld.world();
            }
            TlsCode.loadSetUp();
            Class.forName(MimeTypes.class.getName(), true, MimeTypes.class.getClassLoader());
            TlsCode.loadHandshake();
        } catch (Exception | LinkageError notLoaded) {
            // The main thread loads what it needs itself.
        }
    }
}
