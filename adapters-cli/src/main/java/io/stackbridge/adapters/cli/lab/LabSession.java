package io.stackbridge.adapters.cli.lab;

import io.stackbridge.adapters.cli.azure.AzureSide;
import io.stackbridge.adapters.cli.stack.StackConsole;
import io.stackbridge.adapters.cli.stack.StackDefaults;
import io.stackbridge.adapters.cli.stack.StackUseCases;
import io.stackbridge.domain.text.Language;

import java.net.URI;
import java.util.Objects;

/** One lab command (or the portal's lab request) at work: the stamp's use cases, the Azure side it reaches (and the emulator's address), what it says, and the world's defaults. */
public record LabSession(StackUseCases stamp, AzureSide azure, URI emulator, StackConsole out, Language language, StackDefaults defaults) {

    public LabSession {
        Objects.requireNonNull(stamp, "stamp");
        Objects.requireNonNull(azure, "azure");
        Objects.requireNonNull(emulator, "emulator");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(defaults, "defaults");
    }

    /** The sentence under {@code key}, in the session's language. */
    String text(String key, Object... arguments) {
        return out.text().format(key, arguments);
    }
}
