package io.stackbridge.adapters.cli.wiring;

import io.stackbridge.adapters.cli.Version;
import io.stackbridge.adapters.cli.emulator.EmulatorSettings;
import io.stackbridge.adapters.cli.stack.StackRequest;
import io.stackbridge.adapters.http.server.portal.PortalSupport;
import io.stackbridge.adapters.http.server.portal.SupportBundle;
import io.stackbridge.adapters.support.logs.BundleFacts;
import io.stackbridge.adapters.support.logs.LogCollection;
import io.stackbridge.adapters.support.logs.LogSelection;
import io.stackbridge.adapters.support.logs.RoleLogFiles;
import io.stackbridge.domain.error.DomainError;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The portal's support side: the logs of the stamp it shows (the CLI stamp of {@code serve --stamp-dir},
 * else the stamp serve hosts, whose logs are in serve's state directory), collected as
 * {@code support logs} does, offered as {@code AzureStackLogs-<UTC time>.zip}: spooled to a temporary file,
 * then streamed from it ({@link SpooledZip}), so the ZIP is never held in memory. A log file that cannot
 * be read is the server's failure (500), not the page's.
 */
final class SupportPortalSide implements PortalSupport {

    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final Path logsFolder;
    private final String stamp;
    private final Supplier<Option<String>> cloudId;

    private SupportPortalSide(Path logsFolder, String stamp, Supplier<Option<String>> cloudId) {
        this.logsFolder = Objects.requireNonNull(logsFolder, "logsFolder");
        this.stamp = Objects.requireNonNull(stamp, "stamp");
        this.cloudId = Objects.requireNonNull(cloudId, "cloudId");
    }

    /** The logs of the stamp the portal of {@code settings} shows; {@code hostedCloudId} is the hosted stamp's cloud ID. */
    static PortalSupport of(EmulatorSettings settings, Supplier<String> hostedCloudId) {
        return settings.stampDirectory().<PortalSupport>map(data -> new SupportPortalSide(data.resolve(RoleLogFiles.FOLDER),
                        data.toString(), () -> cloudIdIn(data)))
                .getOrElse(() -> new SupportPortalSide(settings.stateDirectory().resolve(RoleLogFiles.FOLDER), "hosted",
                        () -> Option.some(hostedCloudId.get())));
    }

    @Override
    public Either<DomainError, SupportBundle> logs(LogSelection selection) {
        Instant now = Instant.now();
        BundleFacts facts = new BundleFacts(stamp, cloudId.get(), Version.current());
        return Either.right(new SupportBundle("AzureStackLogs-" + NAME.format(now) + ".zip",
                SpooledZip.of(out -> LogCollection.collect(logsFolder, selection, facts, now, out))));
    }

    /** The cloud ID of the stamp kept in {@code data}, read as a stack command reads it; none when it holds no stamp (yet). */
    private static Option<String> cloudIdIn(Path data) {
        AtomicReference<String> found = new AtomicReference<>();
        new StackLauncher().run(new StackRequest(data, Option.none(), StackRequest.DEFAULT_BATCH_SIZE, StackRequest.DEFAULT_ATTEMPTS,
                StackRequest.DEFAULT_SEED, Duration.ZERO), useCases -> {
                    found.set(useCases.readRegionProperties().properties().cloudId().value());
                    return 0;
                });
        return Option.of(found.get());
    }
}
