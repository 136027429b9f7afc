package io.stackbridge.adapters.stamp.gallery;

import io.stackbridge.application.port.out.ProductGalleryPort;
import io.stackbridge.domain.marketplace.GalleryItem;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The stamp's gallery as files in its data directory: {@code marketplace/{product}/files/…} holds the
 * package files as they arrive (appended, so a download resumes from their length), and
 * {@code marketplace/{product}/product.properties}, written last and atomically, records the product
 * as downloaded. A product directory without it is a download under way. A name that could leave the
 * directory ({@code /}, {@code \}, {@code ..}) names nothing.
 */
public final class FileProductGallery implements ProductGalleryPort {

    private final Path root;

    public FileProductGallery(Path root) {
        this.root = root;
    }

    @Override
    public List<GalleryItem> items() {
        if (!Files.isDirectory(root)) {
            return List.empty();
        }
        try (Stream<Path> products = Files.list(root)) {
            return List.ofAll(products.toList()).flatMap(dir -> GalleryRecord.read(dir.resolve(GalleryRecord.FILE)))
                    .sortBy(item -> item.name().toLowerCase(java.util.Locale.ROOT));
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    @Override
    public Option<GalleryItem> item(String productName) {
        return directory(productName).flatMap(dir -> GalleryRecord.read(dir.resolve(GalleryRecord.FILE)));
    }

    @Override
    public long received(String productName, String file) {
        return existing(productName, file).map(path -> io(() -> Files.size(path))).getOrElse(0L);
    }

    @Override
    public void append(String productName, String file, byte[] bytes, int length) {
        Path path = filePath(productName, file);
        io(() -> {
            Files.createDirectories(path.getParent());
            try (OutputStream out = Files.newOutputStream(path, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
                out.write(bytes, 0, length);
            }
            return null;
        });
    }

    @Override
    public void restart(String productName, String file) {
        existing(productName, file).forEach(path -> io(() -> Files.deleteIfExists(path)));
    }

    @Override
    public String md5(String productName, String file) {
        MessageDigest digest = io.stackbridge.domain.marketplace.PackageContent.md5();
        existing(productName, file).forEach(path -> io(() -> {
            try (InputStream in = new DigestInputStream(Files.newInputStream(path), digest)) {
                in.transferTo(OutputStream.nullOutputStream());
            }
            return null;
        }));
        return Base64.getEncoder().encodeToString(digest.digest());
    }

    @Override
    public void complete(GalleryItem item) {
        io(() -> {
            GalleryRecord.write(productDirectory(item.name()).resolve(GalleryRecord.FILE), item);
            return null;
        });
    }

    @Override
    public boolean remove(String productName) {
        Option<Path> dir = directory(productName);
        dir.forEach(found -> io(() -> {
            try (Stream<Path> all = Files.walk(found)) {
                for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
            return null;
        }));
        return dir.isDefined();
    }

    /** The product's directory as it exists, found without regard to case. */
    private Option<Path> directory(String productName) {
        if (!safe(productName) || !Files.isDirectory(root)) {
            return Option.none();
        }
        try (Stream<Path> products = Files.list(root)) {
            return Option.ofOptional(products.filter(Files::isDirectory)
                    .filter(dir -> dir.getFileName().toString().equalsIgnoreCase(productName)).findFirst());
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private Path productDirectory(String productName) {
        if (!safe(productName)) {
            throw new IllegalArgumentException("not a product name to keep: " + productName);
        }
        return directory(productName).getOrElse(() -> root.resolve(productName));
    }

    private Path filePath(String productName, String file) {
        if (file.contains("..") || file.startsWith("/") || file.contains("\\")) {
            throw new IllegalArgumentException("not a file name to keep: " + file);
        }
        return productDirectory(productName).resolve("files").resolve(file);
    }

    private Option<Path> existing(String productName, String file) {
        return directory(productName).map(dir -> filePath(productName, file)).filter(Files::isRegularFile);
    }

    private static boolean safe(String name) {
        return name != null && !name.isBlank() && !name.contains("/") && !name.contains("\\") && !name.contains("..")
                && !name.equals(".");
    }

    private static <T> T io(IoWork<T> work) {
        try {
            return work.run();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    @FunctionalInterface
    private interface IoWork<T> {
        T run() throws IOException;
    }
}
