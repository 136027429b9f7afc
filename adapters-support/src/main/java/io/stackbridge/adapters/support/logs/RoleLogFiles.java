package io.stackbridge.adapters.support.logs;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The role logs of one stamp, under its logs folder: {@code <Role>/<Role>.log}, rolled over to
 * {@code <Role>.1.log} … within {@link LogBounds}. Each folder has its own logback context, made by
 * this class rather than by the process's SLF4J binding, so several stamps in one process each write
 * their own files and the console stays as it was. Opening a folder already open in this process
 * shares its appenders; the files are closed when the last user closes, and a line written after
 * {@link #close()} is dropped (it neither reopens a file nor fails). A role's file is made on its first
 * line. Other processes may write the same folder: each line is written under a file lock
 * ({@link RoleWriter}). Logging never fails the work: a folder that cannot be written loses its lines.
 */
public final class RoleLogFiles implements RoleLog, AutoCloseable {

    /** The logs folder in a stamp's data directory. */
    public static final String FOLDER = "logs";

    private static final Map<Path, RoleAppenders> OPEN = new HashMap<>();

    private final Path folder;
    private final RoleAppenders appenders;
    private volatile boolean closed;

    private RoleLogFiles(Path folder, RoleAppenders appenders) {
        this.folder = folder;
        this.appenders = appenders;
    }

    /** The logs of the stamp kept in {@code dataDirectory}, within the default bounds. */
    public static RoleLogFiles ofDataDirectory(Path dataDirectory) {
        return open(dataDirectory.resolve(FOLDER), LogBounds.DEFAULT);
    }

    /** The logs under {@code folder}; the bounds of the first opener hold while it stays open. */
    public static RoleLogFiles open(Path folder, LogBounds bounds) {
        Path key = folder.toAbsolutePath().normalize();
        synchronized (OPEN) {
            RoleAppenders shared = OPEN.computeIfAbsent(key, path -> new RoleAppenders(path, bounds));
            shared.users++;
            return new RoleLogFiles(key, shared);
        }
    }

    /** The active file of {@code role} under {@code folder}. */
    public static Path activeFile(Path folder, LogRole role) {
        return folder.resolve(role.name()).resolve(role.name() + ".log");
    }

    /** The {@code index}th archive of {@code role} (1 is the newest). */
    public static Path archive(Path folder, LogRole role, int index) {
        return folder.resolve(role.name()).resolve(role.name() + "." + index + ".log");
    }

    public Path folder() {
        return folder;
    }

    @Override
    public void write(RoleLine line) {
        if (!closed) {
            appenders.write(line);
        }
    }

    @Override
    public void close() {
        synchronized (OPEN) {
            if (closed) {
                return;
            }
            closed = true;
            if (--appenders.users == 0) {
                OPEN.remove(folder);
                appenders.stop();
            }
        }
    }
}
