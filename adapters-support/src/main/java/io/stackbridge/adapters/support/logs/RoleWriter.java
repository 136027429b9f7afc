package io.stackbridge.adapters.support.logs;

import ch.qos.logback.core.ContextBase;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import ch.qos.logback.core.rolling.FixedWindowRollingPolicy;
import ch.qos.logback.core.rolling.RollingFileAppender;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;

/**
 * One role's rolling appender, safe beside other writers of the same files: each line is written
 * holding the role's {@link RoleFileLock}, into the file that is active now. When another process (or
 * another context) has rolled the active file over since this one last wrote, the appender still
 * holds the renamed archive open; it is reopened on the new active file first, so no archive grows
 * past its bound. Where the file system gives files no identity, the file is reopened for every line.
 */
final class RoleWriter {

    private final RollingFileAppender<RoleLine> appender;
    private final Path active;
    private final RoleFileLock lock;
    private Object written;

    private RoleWriter(RollingFileAppender<RoleLine> appender, Path active, RoleFileLock lock) {
        this.appender = appender;
        this.active = active;
        this.lock = lock;
    }

    void write(RoleLine line) {
        lock.holding(() -> {
            Object now = identityOf(active);
            if (written == null || !written.equals(now)) {
                reopen();
            }
            appender.doAppend(line);
            written = identityOf(active);
        });
    }

    void stop() {
        appender.stop();
    }

    private void reopen() {
        try {
            appender.openFile(active.toString());
        } catch (IOException unwritable) {
            // the folder cannot be written: the appender reports it to its context, the line is lost
        }
    }

    private static Object identityOf(Path file) {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class).fileKey();
        } catch (IOException absent) {
            return null;
        }
    }

    /** The appender of {@code role} under {@code folder}, in {@code context}, rolling within {@code bounds}. */
    static RoleWriter start(ContextBase context, Path folder, LogRole role, LogBounds bounds) {
        Objects.requireNonNull(context, "context");
        RollingFileAppender<RoleLine> appender = new RollingFileAppender<>();
        appender.setContext(context);
        appender.setName(role.name());
        Path active = RoleLogFiles.activeFile(folder, role);
        appender.setFile(active.toString());
        appender.setAppend(true);

        FixedWindowRollingPolicy rolling = new FixedWindowRollingPolicy();
        rolling.setContext(context);
        rolling.setParent(appender);
        rolling.setFileNamePattern(folder.resolve(role.name()).resolve(role.name() + ".%i.log").toString());
        rolling.setMinIndex(1);
        rolling.setMaxIndex(bounds.archives());
        rolling.start();

        SizeCheckedEveryLine trigger = new SizeCheckedEveryLine(bounds.fileBytes());
        trigger.setContext(context);
        trigger.start();

        RoleLineLayout layout = new RoleLineLayout();
        layout.setContext(context);
        layout.start();
        LayoutWrappingEncoder<RoleLine> encoder = new LayoutWrappingEncoder<>();
        encoder.setContext(context);
        encoder.setLayout(layout);
        encoder.setCharset(StandardCharsets.UTF_8);
        encoder.start();

        appender.setRollingPolicy(rolling);
        appender.setTriggeringPolicy(trigger);
        appender.setEncoder(encoder);
        RoleFileLock lock = new RoleFileLock(folder, role);
        lock.holding(appender::start);
        return new RoleWriter(appender, active, lock);
    }
}
