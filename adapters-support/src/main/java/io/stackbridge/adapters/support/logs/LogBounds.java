package io.stackbridge.adapters.support.logs;

/**
 * How much of a role's log is kept: the active file grows to {@code fileBytes}, then becomes the
 * first of {@code archives} numbered files (the oldest is dropped). A role never holds more than
 * {@code (archives + 1) × (fileBytes + one line)}.
 */
public record LogBounds(long fileBytes, int archives) {

    /** 4 MiB a file, the active one and 4 archives: at most about 20 MiB a role, 60 MiB for the three. */
    public static final LogBounds DEFAULT = new LogBounds(4L * 1024 * 1024, 4);

    public LogBounds {
        if (fileBytes < 1024 || archives < 1 || archives > 20) {
            throw new IllegalArgumentException("log bounds: files of at least 1 KiB, 1 to 20 archives: " + fileBytes + ", " + archives);
        }
    }

    /** The most a role's files hold together, a line of the longest kind over each file's size included. */
    public long mostBytesPerRole() {
        return (archives + 1L) * (fileBytes + RoleLineFormat.MAX_MESSAGE * 4L + 256);
    }
}
