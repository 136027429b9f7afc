package io.stackbridge.adapters.stamp.gallery;

import io.stackbridge.application.contract.ProductGalleryContract;
import io.stackbridge.application.port.out.ProductGalleryPort;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The gallery contract, met by the files in a data directory; a name that would leave the directory names nothing. */
class FileProductGalleryTest extends ProductGalleryContract {

    @TempDir
    Path directory;

    @Override
    protected ProductGalleryPort newGallery() {
        return new FileProductGallery(directory.resolve("marketplace"));
    }

    @Test
    void a_name_that_leaves_the_gallery_names_nothing() {
        assertThat(gallery.remove("..")).isFalse();
        assertThat(gallery.remove("../stamp.db")).isFalse();
        assertThat(gallery.item("a/b")).isEmpty();
    }
}
