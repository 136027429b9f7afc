package io.stackbridge.adapters.stamp.gallery;

import io.stackbridge.domain.marketplace.GalleryItem;
import io.stackbridge.domain.marketplace.GalleryItem.GalleryFile;
import io.vavr.collection.List;
import io.vavr.control.Option;
import io.vavr.control.Try;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Properties;

/**
 * A gallery product's record, {@code product.properties}: name, display name, version, when it was
 * downloaded and, per file, {@code file.N.name}, {@code .length} and {@code .md5}. Written to a temporary
 * file and moved into place, so that a record is whole or absent; one that does not read is absent.
 */
final class GalleryRecord {

    static final String FILE = "product.properties";

    private GalleryRecord() {
    }

    static void write(Path target, GalleryItem item) throws IOException {
        Properties record = new Properties();
        record.setProperty("name", item.name());
        record.setProperty("displayName", item.displayName());
        record.setProperty("version", item.version());
        record.setProperty("downloadedAt", item.downloadedAt().toString());
        item.files().zipWithIndex().forEach(file -> {
            record.setProperty("file." + file._2 + ".name", file._1.file());
            record.setProperty("file." + file._2 + ".length", String.valueOf(file._1.length()));
            record.setProperty("file." + file._2 + ".md5", file._1.md5());
        });
        Files.createDirectories(target.getParent());
        Path temporary = target.resolveSibling(FILE + ".tmp");
        try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
            record.store(out, "StackBridge marketplace gallery");
        }
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    static Option<GalleryItem> read(Path source) {
        if (!Files.isRegularFile(source)) {
            return Option.none();
        }
        return Try.of(() -> {
            Properties record = new Properties();
            try (Reader in = Files.newBufferedReader(source, StandardCharsets.UTF_8)) {
                record.load(in);
            }
            List<GalleryFile> files = io.vavr.collection.Stream.from(0)
                    .takeWhile(index -> record.containsKey("file." + index + ".name")).toList()
                    .map(index -> new GalleryFile(record.getProperty("file." + index + ".name"),
                            Long.parseLong(record.getProperty("file." + index + ".length")), record.getProperty("file." + index + ".md5")));
            return new GalleryItem(record.getProperty("name"), record.getProperty("displayName"), record.getProperty("version"), files,
                    Instant.parse(record.getProperty("downloadedAt")));
        }).toOption();
    }
}
