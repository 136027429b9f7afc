package io.stackbridge.adapters.support.logs;

import ch.qos.logback.core.ContextBase;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import ch.qos.logback.core.rolling.FixedWindowRollingPolicy;
import ch.qos.logback.core.rolling.RollingFileAppender;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

/** One logs folder's logback context and its rolling appender per role, each started on its role's first line. */
final class RoleAppenders {

    private final Path folder;
    private final LogBounds bounds;
    private final ContextBase context = new ContextBase();
    private final Map<LogRole, RollingFileAppender<RoleLine>> started = new EnumMap<>(LogRole.class);
    int users;

    RoleAppenders(Path folder, LogBounds bounds) {
        this.folder = folder;
        this.bounds = bounds;
        context.setName("stackbridge-logs-" + folder);
    }

    void write(RoleLine line) {
        RollingFileAppender<RoleLine> appender;
        synchronized (started) {
            appender = started.computeIfAbsent(line.role(), this::start);
        }
        appender.doAppend(line);
    }

    void stop() {
        synchronized (started) {
            started.values().forEach(RollingFileAppender::stop);
            started.clear();
        }
        context.stop();
    }

    private RollingFileAppender<RoleLine> start(LogRole role) {
        RollingFileAppender<RoleLine> appender = new RollingFileAppender<>();
        appender.setContext(context);
        appender.setName(role.name());
        appender.setFile(RoleLogFiles.activeFile(folder, role).toString());
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
        appender.start();
        return appender;
    }
}
