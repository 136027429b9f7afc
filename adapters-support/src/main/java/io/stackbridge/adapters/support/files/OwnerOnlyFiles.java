package io.stackbridge.adapters.support.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.UUID;

/**
 * Files only their owner may read or write ({@code rw-------} where the file system knows POSIX
 * permissions): the private key of the certificate, the signing key, the admin key and the
 * databases that hold secrets. A file is created with those permissions, never widened and narrowed
 * afterwards, so no other user can open it in between.
 */
public final class OwnerOnlyFiles {

    private OwnerOnlyFiles() {
    }

    /** Creates {@code file} empty and owner-only when it does not exist yet (its directory too); an existing file is left as it is. */
    public static void createIfAbsent(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try {
            Files.createFile(file, ownerOnly());
        } catch (FileAlreadyExistsException alreadyThere) {
            // Kept as it is: its owner chose its permissions.
        }
    }

    /** Replaces {@code file}'s content with {@code text}, in UTF-8, through an owner-only file moved into place at once. */
    public static void write(Path file, String text) throws IOException {
        Path absolute = file.toAbsolutePath();
        Files.createDirectories(absolute.getParent());
        Path partial = absolute.resolveSibling(absolute.getFileName() + "." + UUID.randomUUID() + ".partial");
        try {
            Files.createFile(partial, ownerOnly());
            Files.writeString(partial, text, StandardCharsets.UTF_8);
            Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    private static FileAttribute<?>[] ownerOnly() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
                ? new FileAttribute<?>[]{PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))}
                : new FileAttribute<?>[0];
    }
}
