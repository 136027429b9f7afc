package io.stackbridge.adapters.support.logs;

import ch.qos.logback.core.ContextBase;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

/**
 * One logs folder's logback context and its {@link RoleWriter} per role, each started on its role's
 * first line. Once stopped it writes nothing more and starts nothing: a line that comes after the
 * last user closed is dropped, and leaves no file open behind it.
 */
final class RoleAppenders {

    private final Path folder;
    private final LogBounds bounds;
    /** Made on the first line: a command that writes none (most read-only ones) loads no logback class. */
    private ContextBase context;
    private final Map<LogRole, RoleWriter> started = new EnumMap<>(LogRole.class);
    private boolean stopped;
    int users;

    RoleAppenders(Path folder, LogBounds bounds) {
        this.folder = folder;
        this.bounds = bounds;
    }

    void write(RoleLine line) {
        synchronized (started) {
            if (stopped) {
                return;
            }
            if (context == null) {
                context = new ContextBase();
                context.setName("stackbridge-logs-" + folder);
            }
            started.computeIfAbsent(line.role(), role -> RoleWriter.start(context, folder, role, bounds)).write(line);
        }
    }

    void stop() {
        synchronized (started) {
            stopped = true;
            started.values().forEach(RoleWriter::stop);
            started.clear();
            if (context != null) {
                context.stop();
            }
        }
    }
}
