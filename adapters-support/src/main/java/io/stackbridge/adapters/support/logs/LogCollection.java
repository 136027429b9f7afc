package io.stackbridge.adapters.support.logs;

import io.stackbridge.adapters.support.logs.CollectedLogs.CollectedFile;
import io.vavr.collection.List;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Collects a stamp's role logs as support receives them: a ZIP with, for each chosen role that wrote
 * within the range, {@code <Role>/<Role>.log} (its lines of the range, oldest first, from its archives
 * and its active file), and {@code manifest.json} ({@link BundleManifest}). Each line is masked again
 * on its way in. Made in memory: nothing is written where the caller has not decided to.
 */
public final class LogCollection {

    private LogCollection() {
    }

    public static CollectedLogs collect(Path folder, LogSelection selection, BundleFacts facts, Instant collectedAt) {
        List<RoleText> texts = selection.roles().map(role -> RoleText.of(folder, role, selection)).filter(text -> text.lines() > 0);
        List<CollectedFile> files = texts.map(text -> new CollectedFile(text.name(), text.role(), text.bytes().length, text.lines()));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (RoleText text : texts) {
                entry(zip, text.name(), text.bytes());
            }
            entry(zip, CollectedLogs.MANIFEST, BundleManifest.of(facts, selection, files, collectedAt));
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return new CollectedLogs(bytes.toByteArray(), files, selection);
    }

    private static void entry(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }

    /** One role's lines of the range. */
    private record RoleText(LogRole role, String name, byte[] bytes, int lines) {

        static RoleText of(Path folder, LogRole role, LogSelection selection) {
            List<Path> files = List.rangeClosed(1, 20).reverse().map(index -> RoleLogFiles.archive(folder, role, index))
                    .append(RoleLogFiles.activeFile(folder, role));
            StringBuilder kept = new StringBuilder();
            int count = 0;
            for (Path file : files) {
                boolean taking = false;
                for (String line : read(file)) {
                    taking = RoleLineFormat.timeOf(line).map(selection::covers).getOrElse(taking);
                    if (taking) {
                        kept.append(Redaction.mask(line)).append('\n');
                        count++;
                    }
                }
            }
            return new RoleText(role, role.name() + "/" + role.name() + ".log", kept.toString().getBytes(StandardCharsets.UTF_8), count);
        }

        private static List<String> read(Path file) {
            try {
                return List.ofAll(new String(Files.readAllBytes(file), StandardCharsets.UTF_8).lines().toList());
            } catch (NoSuchFileException absent) {
                return List.empty();
            } catch (IOException unreadable) {
                throw new UncheckedIOException(unreadable);
            }
        }
    }
}
