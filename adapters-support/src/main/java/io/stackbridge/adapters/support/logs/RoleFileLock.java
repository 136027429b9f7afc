package io.stackbridge.adapters.support.logs;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Lets one writer at a time touch a role's files, whichever process or logback context it belongs to:
 * a monitor per lock file within this process (the JVM refuses two locks on one file), and the
 * operating system's lock on {@code logs/.<Role>.lock} across processes (a CLI command and
 * {@code serve --stamp-dir} on one data directory). Held for one line: the check of which file is
 * active, a rollover if one is due, and the write.
 */
final class RoleFileLock {

    private static final ConcurrentMap<Path, Object> IN_PROCESS = new ConcurrentHashMap<>();

    private final Path lockFile;
    private final Object monitor;

    RoleFileLock(Path folder, LogRole role) {
        this.lockFile = folder.toAbsolutePath().normalize().resolve("." + role.name() + ".lock");
        this.monitor = IN_PROCESS.computeIfAbsent(lockFile, path -> new Object());
    }

    /** Runs {@code work} holding the lock; false, without running it, when the lock cannot be taken (the line is lost, the work goes on). */
    boolean holding(Runnable work) {
        synchronized (monitor) {
            try {
                Files.createDirectories(lockFile.getParent());
                try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                     FileLock held = channel.lock()) {
                    work.run();
                    return true;
                }
            } catch (IOException | OverlappingFileLockException unavailable) {
                return false;
            }
        }
    }
}
