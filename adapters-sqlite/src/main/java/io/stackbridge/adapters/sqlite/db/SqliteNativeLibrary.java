package io.stackbridge.adapters.sqlite.db;

import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The SQLite driver's native library for this platform, copied out of the driver's jar into a
 * directory, once: a process started with {@code -Dorg.sqlite.lib.path=DIR -Dorg.sqlite.lib.name=NAME}
 * loads it from there instead of writing a fresh copy to the temporary directory and comparing it
 * byte by byte with the jar's (a tenth of a short command's start). The driver falls back to that
 * extraction by itself when the copy cannot be loaded.
 */
public final class SqliteNativeLibrary {

    private SqliteNativeLibrary() {
    }

    /** Copies the library into {@code directory} (written aside, then renamed) and answers the copy; IOException when the jar has none for this platform. */
    public static Path copyTo(Path directory) throws IOException {
        String name = LibraryLoaderUtil.getNativeLibName();
        String resource = LibraryLoaderUtil.getNativeLibResourcePath() + "/" + name;
        try (InputStream library = SQLiteJDBCLoader.class.getResourceAsStream(resource)) {
            if (library == null) {
                throw new IOException("the SQLite driver has no native library " + resource);
            }
            Files.createDirectories(directory);
            Path partial = Files.createTempFile(directory, name, ".partial");
            Files.copy(library, partial, StandardCopyOption.REPLACE_EXISTING);
            return Files.move(partial, directory.resolve(name), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
    }
}
