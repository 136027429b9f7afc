package io.stackbridge.adapters.cli.stack;

import io.stackbridge.adapters.support.access.AdminKey;
import io.stackbridge.domain.registration.AzureEndpoints;
import io.vavr.control.Option;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/** Which Azure a stack-side command reaches: a fresh fake in this process, or the emulator over HTTPS. */
public sealed interface AzureChoice {

    /** What {@code --azure} takes for the in-process fake. */
    String IN_PROCESS = "in-process";

    /** Where the stamp's bridge signs in with this Azure. */
    URI login();

    /** A fresh fake Azure in this process, gone when the command ends. */
    record InProcess() implements AzureChoice {
        public URI login() {
            return AzureEndpoints.IN_PROCESS.login();
        }
    }

    /**
     * The emulator at {@code url} (sign-in, Resource Manager and usage at one address), trusted through
     * {@code caPem}, each request given up after {@code timeout} without a complete answer; its admin
     * API called with {@code adminKey} when there is one.
     */
    record Emulator(URI url, Path caPem, Duration timeout, Option<AdminKey> adminKey) implements AzureChoice {
        public Emulator {
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(caPem, "caPem");
            Objects.requireNonNull(timeout, "timeout");
            Objects.requireNonNull(adminKey, "adminKey");
        }

        /** An emulator whose admin API is called without a key. */
        public Emulator(URI url, Path caPem, Duration timeout) {
            this(url, caPem, timeout, Option.none());
        }

        public URI login() {
            return url;
        }
    }
}
