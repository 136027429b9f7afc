package io.stackbridge.adapters.cli.azure;

import io.stackbridge.adapters.cli.console.CliText;
import io.stackbridge.adapters.cli.stack.StackOptions;
import io.stackbridge.domain.registration.RegistrationKey;
import io.stackbridge.domain.text.MessageBundle;
import io.stackbridge.domain.text.Language;
import io.vavr.collection.List;
import io.vavr.control.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

import java.nio.file.Path;

/**
 * Which registration an {@code azure} command acts on: {@code --subscription}, {@code --resource-group}
 * and {@code --registration}, each one not given taken from the registration of the stamp kept in
 * {@code --data-dir}, when there is one; still missing, or not a valid name, it is a usage error.
 */
public final class RegistrationChoice {

    @picocli.CommandLine.Option(names = "--subscription", paramLabel = "ID",
            description = "The registration's subscription (default: the local stamp's).")
    private String subscription;

    @picocli.CommandLine.Option(names = "--resource-group", paramLabel = "NAME",
            description = "The registration's resource group (default: the local stamp's).")
    private String resourceGroup;

    @picocli.CommandLine.Option(names = "--registration", paramLabel = "NAME",
            description = "The registration's name (default: the local stamp's).")
    private String registration;

    @picocli.CommandLine.Option(names = "--data-dir", paramLabel = "DIR", defaultValue = StackOptions.DEFAULT_DATA_DIR,
            description = "The local stamp's data directory, whose registration is the default (default: ${DEFAULT-VALUE}).")
    private Path dataDirectory;

    /** The registration named, completed from the local stamp's; a usage error when incomplete or malformed. */
    public RegistrationKey key(AzureCommand command, CommandSpec spec, Language language) {
        boolean complete = subscription != null && resourceGroup != null && registration != null;
        Option<RegistrationKey> local = complete ? Option.none() : command.localRegistration(dataDirectory.toAbsolutePath().normalize());
        CliText text = CliText.in(language);
        String sub = given(subscription, local.map(key -> key.subscriptionId().value()), "--subscription", spec, text);
        String group = given(resourceGroup, local.map(key -> key.resourceGroup().value()), "--resource-group", spec, text);
        String name = given(registration, local.map(key -> key.name().value()), "--registration", spec, text);
        return RegistrationKey.parse(sub, group, name).toEither().getOrElseThrow(problems -> new ParameterException(spec.commandLine(),
                text.format("azure.registrationInvalid", List.ofAll(problems).map(problem -> MessageBundle.show(language, problem))
                        .mkString("; "))));
    }

    private String given(String value, Option<String> local, String option, CommandSpec spec, CliText text) {
        if (value != null) {
            return value;
        }
        return local.getOrElseThrow(() -> new ParameterException(spec.commandLine(),
                text.format("azure.registrationMissing", option, dataDirectory)));
    }
}
