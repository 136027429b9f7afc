package io.stackbridge.adapters.cli.stamp;

import io.stackbridge.adapters.cli.stack.StackProblem;
import io.stackbridge.adapters.cli.stack.StackProblem.ActivationKeyUnreadable;
import io.stackbridge.domain.registration.ActivationKey;
import io.vavr.control.Either;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

/** Reads an activation key from a file, or from standard input when the file is {@code -}; surrounding blanks are dropped. */
final class KeySource {

    static final String STANDARD_INPUT = "-";

    private KeySource() {
    }

    static Either<StackProblem, ActivationKey> read(String source, BufferedReader stdin) {
        String text;
        try {
            text = STANDARD_INPUT.equals(source) ? stdin.lines().collect(Collectors.joining("\n"))
                    : Files.readString(Path.of(source).toAbsolutePath(), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException unreadable) {
            return Either.left(new ActivationKeyUnreadable(source));
        }
        String key = text.strip();
        return key.isEmpty() ? Either.left(new ActivationKeyUnreadable(source)) : Either.right(new ActivationKey(key));
    }
}
