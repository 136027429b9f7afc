package io.stackbridge.adapters.cli.stack;

import io.stackbridge.adapters.cli.console.CliText;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

/** Which Azure a stack-side command reaches ({@code --azure}) and, for the emulator, the certificate to trust ({@code --ca}). */
public class AzureOptions {

    @Option(names = "--azure", paramLabel = "URL", defaultValue = "https://127.0.0.1:8443",
            description = "The emulator's HTTPS address (default: ${DEFAULT-VALUE}), or in-process for a fresh fake Azure "
                    + "in this process, gone when the command ends.")
    private String azure;

    @Option(names = "--ca", paramLabel = "FILE", defaultValue = ".stackbridge/ca.pem",
            description = "The emulator's CA certificate (PEM) to trust (default: ${DEFAULT-VALUE}, as serve writes it).")
    private Path caPem;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "Seconds to wait for a complete answer from the emulator, 1 to 600 (default: ${DEFAULT-VALUE}).")
    private int timeout;

    /** The Azure these options name; anything but {@code in-process} or an {@code https://host[:port]} address is a usage error. */
    public AzureChoice choice(CommandSpec spec, CliText text) {
        if (AzureChoice.IN_PROCESS.equalsIgnoreCase(azure.trim())) {
            return new AzureChoice.InProcess();
        }
        URI url;
        try {
            url = URI.create(azure.trim());
        } catch (IllegalArgumentException malformed) {
            throw new ParameterException(spec.commandLine(), text.format("stack.azureInvalid", azure));
        }
        if (!"https".equalsIgnoreCase(url.getScheme()) || url.getHost() == null || (url.getPath() != null && url.getPath().length() > 1)) {
            throw new ParameterException(spec.commandLine(), text.format("stack.azureInvalid", azure));
        }
        OptionValues.within(spec, text, "--timeout", timeout, 1, 600);
        return new AzureChoice.Emulator(URI.create("https://" + url.getRawAuthority()), caPem.toAbsolutePath().normalize(),
                Duration.ofSeconds(timeout));
    }
}
