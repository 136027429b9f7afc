package io.stackbridge.junit;

import io.stackbridge.adapters.cli.console.CliText;
import io.stackbridge.adapters.cli.emulator.AdminKeyChoice;
import io.stackbridge.adapters.support.access.AdminKey;
import io.stackbridge.adapters.cli.emulator.AuthChoice;
import io.stackbridge.adapters.cli.emulator.DevPrincipal;
import io.stackbridge.adapters.cli.emulator.Emulator;
import io.stackbridge.adapters.cli.emulator.EmulatorAdmin;
import io.stackbridge.adapters.cli.emulator.EmulatorSettings;
import io.stackbridge.adapters.cli.emulator.StartFailure;
import io.stackbridge.adapters.cli.wiring.StackBridgeComponent;
import io.stackbridge.domain.registration.RegistrationKey;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javax.net.ssl.SSLContext;

/** The StackBridge emulator for JUnit 5 tests, in process on 127.0.0.1 and a free port: {@code @RegisterExtension static StackBridgeEmulator azure = StackBridgeEmulator.start();}. */
public final class StackBridgeEmulator implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {

    private final EmulatorSettings settings;
    private final boolean resetBeforeEachTest;
    private Emulator emulator;
    private boolean perTest;

    private StackBridgeEmulator(EmulatorSettings settings, boolean resetBeforeEachTest) {
        this.settings = settings;
        this.resetBeforeEachTest = resetBeforeEachTest;
    }

    /**
     * The emulator on its defaults: strict auth, the well-known world, reset before each test. In a
     * static field it starts before the class's tests and stops after them, and goes back to its
     * initial world before each test (unless {@link Builder#keepStateBetweenTests()}); in an instance
     * field it runs for one test at a time. Its certificate lives in a temporary directory.
     */
    public static StackBridgeEmulator start() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        startEmulator();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (emulator == null) {
            perTest = true;
            startEmulator();
        } else if (resetBeforeEachTest) {
            emulator.reset();
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (perTest) {
            stopEmulator();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        stopEmulator();
    }

    /** The HTTPS base URL, e.g. {@code https://127.0.0.1:50123}. */
    public URI url() {
        return running().url();
    }

    /** The PEM file of the certificate to trust (curl's {@code --cacert}). */
    public Path caPem() {
        return running().caPem();
    }

    /** A TLS context trusting exactly {@link #caPem()}, for {@code HttpClient.newBuilder().sslContext(…)}. */
    public SSLContext sslContext() {
        return TrustedPem.sslContext(caPem());
    }

    /** A bearer token for Resource Manager, of the well-known bridge principal. */
    public String token() {
        return running().managementToken();
    }

    /** A bearer token for the usage service, of the well-known bridge principal. */
    public String usageToken() {
        return running().usageToken();
    }

    /** The well-known bridge principal (tenant, client ID, secret, object ID). */
    public DevPrincipal bridgePrincipal() {
        return running().bridgePrincipal();
    }

    /**
     * The key its HTTP admin API ({@code /_stackbridge/…}, header {@code X-StackBridge-Admin-Key}) and
     * portal ask for: the one given with {@link Builder#adminKey(String)}, or the one generated at start
     * with {@link Builder#requireAdminKey()}; empty when they are open (the default).
     */
    public Optional<String> adminKey() {
        return running().adminKey().map(AdminKey::reveal).toJavaOptional();
    }

    /** The administrator: approvals, fault rules, world, journal, clock and reset, called in process. */
    public EmulatorAdmin admin() {
        return running().admin();
    }

    /** Microsoft's manual step: lets a PayAsYouUse registration add customer subscriptions. */
    public void approveMultiTenancy(String subscriptionId, String resourceGroup, String registrationName) {
        RegistrationKey key = RegistrationKey.of(subscriptionId, resourceGroup, registrationName);
        admin().approveMultiTenancy().approve(key)
                .getOrElseThrow(refused -> new IllegalStateException("approval refused: " + refused));
    }

    /** Back to the initial world now. */
    public void reset() {
        running().reset();
    }

    private Emulator running() {
        if (emulator == null) {
            throw new IllegalStateException("the StackBridge emulator is not running: register it with @RegisterExtension");
        }
        return emulator;
    }

    private void startEmulator() {
        EmulatorSettings inTemporaryState = settings.withStateDirectory(temporaryDirectory());
        emulator = StackBridgeComponent.create().emulators().start(inTemporaryState)
                .getOrElseThrow(StackBridgeEmulator::notStarted);
    }

    private void stopEmulator() {
        if (emulator != null) {
            emulator.stop();
            deleteQuietly(emulator.caPem().getParent());
            emulator = null;
        }
    }

    private static IllegalStateException notStarted(StartFailure failure) {
        return new IllegalStateException(CliText.english().format(failure.messageKey(), failure.messageArguments().toJavaArray()));
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("stackbridge-junit-");
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    private static void deleteQuietly(Path directory) {
        try (var files = Files.walk(directory)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | RuntimeException ignored) {
            // A temporary directory left behind is harmless.
        }
    }

    /** Chooses what the emulator starts with. */
    public static final class Builder {

        /** Each start replaces the state directory with a fresh temporary one. */
        private EmulatorSettings settings = EmulatorSettings.inProcess(Path.of(System.getProperty("java.io.tmpdir")));
        private boolean resetBeforeEachTest = true;

        private Builder() {
        }

        /** How bearer tokens are checked (default strict). */
        public Builder auth(AuthChoice auth) {
            settings = settings.withAuth(auth);
            return this;
        }

        /** A JSON world file instead of the well-known world. */
        public Builder world(Path worldFile) {
            settings = settings.withWorldFile(worldFile);
            return this;
        }

        /** The seed of the fault rules' random draws. */
        public Builder seed(long seed) {
            settings = settings.withSeed(seed);
            return this;
        }

        /**
         * Protects the HTTP admin API and the portal with {@code key} ({@value AdminKey#MIN_LENGTH} to
         * {@value AdminKey#MAX_LENGTH} visible ASCII characters, no spaces), as {@code serve --admin-key} does.
         */
        public Builder adminKey(String key) {
            AdminKey text = AdminKey.parse(key).toOption().getOrElseThrow(() -> new IllegalArgumentException(
                    "an admin key has " + AdminKey.MIN_LENGTH + " to " + AdminKey.MAX_LENGTH
                            + " visible ASCII characters and no spaces (the key given is not repeated here)"));
            settings = settings.withAdminKey(new AdminKeyChoice.Given(text, "StackBridgeEmulator.Builder.adminKey"));
            return this;
        }

        /** Protects the HTTP admin API and the portal with a key generated at each start; {@link #adminKey()} tells it. */
        public Builder requireAdminKey() {
            settings = settings.withAdminKey(new AdminKeyChoice.Generate());
            return this;
        }

        /** Keeps registrations, approvals, fault rules… from one test to the next (default: reset before each). */
        public Builder keepStateBetweenTests() {
            resetBeforeEachTest = false;
            return this;
        }

        public StackBridgeEmulator build() {
            return new StackBridgeEmulator(settings, resetBeforeEachTest);
        }
    }
}
