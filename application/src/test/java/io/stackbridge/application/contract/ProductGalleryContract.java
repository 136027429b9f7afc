package io.stackbridge.application.contract;

import io.stackbridge.application.port.out.ProductGalleryPort;
import io.stackbridge.domain.marketplace.GalleryItem;
import io.stackbridge.domain.marketplace.GalleryItem.GalleryFile;
import io.stackbridge.domain.marketplace.PackageContent;
import io.vavr.collection.List;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The stamp's gallery: files kept as they arrive, a product recorded once complete, names compared without regard to case. */
public abstract class ProductGalleryContract {

    private static final String PRODUCT = "Contoso.App.1.0.0";
    private static final String FILE = "image/os.vhd";

    protected ProductGalleryPort gallery;

    protected abstract ProductGalleryPort newGallery();

    @BeforeEach
    void freshGallery() {
        gallery = newGallery();
    }

    private void append(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        gallery.append(PRODUCT, FILE, bytes, bytes.length);
    }

    @Test
    void a_file_grows_as_pieces_arrive_and_its_md5_is_that_of_its_bytes() {
        append("hello ");
        append("world");

        assertThat(gallery.received(PRODUCT, FILE)).isEqualTo(11);
        assertThat(gallery.received(PRODUCT.toLowerCase(), FILE)).isEqualTo(11);
        assertThat(gallery.md5(PRODUCT, FILE))
                .isEqualTo(Base64.getEncoder().encodeToString(PackageContent.md5().digest("hello world".getBytes(StandardCharsets.UTF_8))));
        assertThat(gallery.items()).isEmpty();
    }

    @Test
    void restart_drops_what_was_received() {
        append("hello");

        gallery.restart(PRODUCT, FILE);

        assertThat(gallery.received(PRODUCT, FILE)).isZero();
    }

    @Test
    void a_completed_product_is_listed_and_found_in_any_case_until_removed() {
        append("hello");
        GalleryItem item = new GalleryItem(PRODUCT, "Contoso App", "1.0.0", List.of(new GalleryFile(FILE, 5, "md5")),
                Instant.parse("2026-12-05T02:00:00Z"));

        gallery.complete(item);

        assertThat(gallery.items()).containsExactly(item);
        assertThat(gallery.item(PRODUCT.toUpperCase())).contains(item);
        assertThat(gallery.remove(PRODUCT.toLowerCase())).isTrue();
        assertThat(gallery.items()).isEmpty();
        assertThat(gallery.received(PRODUCT, FILE)).isZero();
        assertThat(gallery.remove(PRODUCT)).isFalse();
    }

    @Test
    void a_download_under_way_can_be_removed() {
        append("hel");

        assertThat(gallery.remove(PRODUCT)).isTrue();
        assertThat(gallery.received(PRODUCT, FILE)).isZero();
    }
}
