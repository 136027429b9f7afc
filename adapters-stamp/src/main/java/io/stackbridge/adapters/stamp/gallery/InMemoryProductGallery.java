package io.stackbridge.adapters.stamp.gallery;

import io.stackbridge.application.port.out.ProductGalleryPort;
import io.stackbridge.domain.marketplace.GalleryItem;
import io.stackbridge.domain.marketplace.PackageContent;
import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.io.ByteArrayOutputStream;
import java.util.Base64;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** The stamp's gallery in memory (the stamp {@code serve} hosts, tests): the same rules as the files, gone with the process. */
public final class InMemoryProductGallery implements ProductGalleryPort {

    private final Map<String, GalleryItem> items = new HashMap<>();
    private final Map<Tuple2<String, String>, ByteArrayOutputStream> files = new HashMap<>();

    @Override
    public synchronized List<GalleryItem> items() {
        return List.ofAll(items.values()).sortBy(item -> key(item.name()));
    }

    @Override
    public synchronized Option<GalleryItem> item(String productName) {
        return Option.of(items.get(key(productName)));
    }

    @Override
    public synchronized long received(String productName, String file) {
        return Option.of(files.get(Tuple.of(key(productName), file))).map(ByteArrayOutputStream::size).getOrElse(0);
    }

    @Override
    public synchronized void append(String productName, String file, byte[] bytes, int length) {
        files.computeIfAbsent(Tuple.of(key(productName), file), ignored -> new ByteArrayOutputStream()).write(bytes, 0, length);
    }

    @Override
    public synchronized void restart(String productName, String file) {
        files.remove(Tuple.of(key(productName), file));
    }

    @Override
    public synchronized String md5(String productName, String file) {
        byte[] kept = Option.of(files.get(Tuple.of(key(productName), file))).map(ByteArrayOutputStream::toByteArray).getOrElse(new byte[0]);
        return Base64.getEncoder().encodeToString(PackageContent.md5().digest(kept));
    }

    @Override
    public synchronized void complete(GalleryItem item) {
        items.put(key(item.name()), item);
    }

    @Override
    public synchronized boolean remove(String productName) {
        boolean held = items.remove(key(productName)) != null;
        return files.keySet().removeIf(entry -> entry._1.equals(key(productName))) || held;
    }

    private static String key(String productName) {
        return productName.toLowerCase(Locale.ROOT);
    }
}
