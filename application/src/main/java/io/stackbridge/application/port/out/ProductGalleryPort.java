package io.stackbridge.application.port.out;

import io.stackbridge.domain.marketplace.GalleryItem;
import io.vavr.collection.List;
import io.vavr.control.Option;

/**
 * The stamp's local marketplace gallery: the products it downloaded, and the files of a download
 * under way, kept until it completes so that a new attempt resumes where the last one stopped.
 */
public interface ProductGalleryPort {

    /** The downloaded products, by name. */
    List<GalleryItem> items();

    Option<GalleryItem> item(String productName);

    /** How many bytes of {@code file} of a download under way are kept (0 when none). */
    long received(String productName, String file);

    void append(String productName, String file, byte[] bytes, int length);

    /** Drops what was received of {@code file}: the next attempt starts it over. */
    void restart(String productName, String file);

    /** The MD5 (Base64) of what was received of {@code file}. */
    String md5(String productName, String file);

    /** Records the product as downloaded, its files as received. */
    void complete(GalleryItem item);

    /** Removes the product, its files and any download under way; false when the gallery held nothing of it. */
    boolean remove(String productName);
}
