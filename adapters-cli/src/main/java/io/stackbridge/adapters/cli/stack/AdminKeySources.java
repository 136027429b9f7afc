package io.stackbridge.adapters.cli.stack;

import io.stackbridge.adapters.cli.console.CliText;
import io.stackbridge.adapters.cli.emulator.GivenAdminKey;
import io.stackbridge.adapters.support.access.AdminKey;
import io.vavr.control.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where a command that reaches the emulator finds its admin key: {@code --admin-key}, else the
 * {@value #ENVIRONMENT_KEY} environment variable (the two as {@link GivenAdminKey} picks them), else the {@value #FILE} file {@code serve} keeps
 * beside {@code ca.pem}, else none. A key that breaks the rule is a usage error that never repeats it.
 */
public final class AdminKeySources {

    public static final String ENVIRONMENT_KEY = GivenAdminKey.ENVIRONMENT;
    public static final String FILE = "admin-key";

    private AdminKeySources() {
    }

    static Option<AdminKey> key(CommandSpec spec, CliText text, String option, String environment, Path file) {
        Option<GivenAdminKey> given = GivenAdminKey.of(Option.of(option), Option.of(environment));
        if (given.isDefined()) {
            return Option.some(parse(spec, text, given.get().text(), given.get().origin()));
        }
        if (!Files.isRegularFile(file)) {
            return Option.none();
        }
        try {
            return Option.some(parse(spec, text, Files.readString(file, StandardCharsets.UTF_8), file.toString()));
        } catch (IOException unreadable) {
            throw new ParameterException(spec.commandLine(), text.format("stack.adminKeyUnreadable", file));
        }
    }

    private static AdminKey parse(CommandSpec spec, CliText text, String key, String origin) {
        return AdminKey.parse(key).toOption().getOrElseThrow(() -> new ParameterException(spec.commandLine(),
                text.format("stack.adminKeyInvalid", origin, AdminKey.MIN_LENGTH, AdminKey.MAX_LENGTH)));
    }
}
