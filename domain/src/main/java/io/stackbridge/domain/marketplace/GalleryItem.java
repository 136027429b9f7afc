package io.stackbridge.domain.marketplace;

import io.vavr.collection.List;
import java.time.Instant;
import java.util.Objects;

/** A product the stamp downloaded and keeps in its local gallery: what it is, its files, and when it arrived (stamp time). */
public record GalleryItem(String name, String displayName, String version, List<GalleryFile> files, Instant downloadedAt) {

    /** One kept file, its length and its verified MD5 (Base64). */
    public record GalleryFile(String file, long length, String md5) {
    }

    public GalleryItem {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(files, "files");
        Objects.requireNonNull(downloadedAt, "downloadedAt");
    }

    public long length() {
        return files.map(GalleryFile::length).sum().longValue();
    }

    public boolean named(String productName) {
        return name.equalsIgnoreCase(productName);
    }
}
