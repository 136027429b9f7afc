package io.stackbridge.adapters.cli.training;

import java.io.IOException;
import java.nio.file.Path;

/** Copies the database driver's native library out of the jar into a directory, for later starts to load it from there. */
@FunctionalInterface
public interface NativeLibraryCopy {

    /** The copy made in {@code directory}. */
    Path copyTo(Path directory) throws IOException;
}
