package io.stackbridge.adapters.support.logs;

import ch.qos.logback.core.rolling.TriggeringPolicyBase;

import java.io.File;

/**
 * Rolls the active file over once it has reached its size, checked before every line (logback's own
 * size policy checks at most every so many milliseconds, so a burst could overshoot the bound).
 */
final class SizeCheckedEveryLine extends TriggeringPolicyBase<RoleLine> {

    private final long fileBytes;

    SizeCheckedEveryLine(long fileBytes) {
        this.fileBytes = fileBytes;
    }

    @Override
    public boolean isTriggeringEvent(File activeFile, RoleLine line) {
        return activeFile.length() >= fileBytes;
    }
}
