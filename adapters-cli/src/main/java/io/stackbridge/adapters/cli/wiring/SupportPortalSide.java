package io.stackbridge.adapters.cli.wiring;

import io.stackbridge.adapters.cli.Version;
import io.stackbridge.adapters.http.server.portal.PortalSupport;
import io.stackbridge.adapters.http.server.portal.SupportBundle;
import io.stackbridge.adapters.support.logs.BundleFacts;
import io.stackbridge.adapters.support.logs.LogCollection;
import io.stackbridge.adapters.support.logs.LogSelection;
import io.stackbridge.adapters.support.logs.RoleLogFiles;
import io.stackbridge.domain.error.DomainError;
import io.vavr.control.Either;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The portal's support side: the logs of the stamp it shows, collected as {@code support logs} does,
 * offered as {@code AzureStackLogs-<UTC time>.zip}. A log file that cannot be read is the server's
 * failure (500), not the page's.
 */
final class SupportPortalSide implements PortalSupport {

    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final Path logsFolder;
    private final String stamp;
    private final Supplier<String> cloudId;

    private SupportPortalSide(Path logsFolder, String stamp, Supplier<String> cloudId) {
        this.logsFolder = Objects.requireNonNull(logsFolder, "logsFolder");
        this.stamp = Objects.requireNonNull(stamp, "stamp");
        this.cloudId = Objects.requireNonNull(cloudId, "cloudId");
    }

    /** The logs of the stamp kept in (or, for the stamp serve hosts, beside its state in) {@code directory}: {@code directory/logs}. */
    static PortalSupport of(Path directory, String stamp, Supplier<String> cloudId) {
        return new SupportPortalSide(directory.resolve(RoleLogFiles.FOLDER), stamp, cloudId);
    }

    @Override
    public Either<DomainError, SupportBundle> logs(LogSelection selection) {
        Instant now = Instant.now();
        BundleFacts facts = new BundleFacts(stamp, cloudId.get(), Version.current());
        return Either.right(new SupportBundle("AzureStackLogs-" + NAME.format(now) + ".zip",
                LogCollection.collect(logsFolder, selection, facts, now).zip()));
    }
}
