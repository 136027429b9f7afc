package io.stackbridge.adapters.cli.wiring;

import io.stackbridge.adapters.cli.emulator.StartFailure;
import io.stackbridge.adapters.fakeazure.world.DefaultWorld;
import io.stackbridge.adapters.fakeazure.world.WorldLoader;
import io.stackbridge.domain.world.World;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The world an emulator starts with: the well-known one, or a JSON world file read through the fake's {@link WorldLoader}. */
final class WorldFiles {

    static final String OPTION = "--world";

    private WorldFiles() {
    }

    static Either<StartFailure, World> read(Option<Path> file) {
        return file.isEmpty() ? Either.right(DefaultWorld.world()) : read(file.get().toAbsolutePath());
    }

    private static Either<StartFailure, World> read(Path file) {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            return Either.left(new StartFailure.FileUnreadable(OPTION, file));
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException unreadable) {
            return Either.left(new StartFailure.WorldFileUnreadable(file, StartFailures.describe(unreadable)));
        }
        return WorldLoader.parse(text).mapLeft(problems -> new StartFailure.WorldFileInvalid(file, problems));
    }
}
