package io.stackbridge.application.port.in.gallery;

import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.marketplace.GalleryItem;
import io.vavr.control.Either;

/**
 * Downloads a product into the local gallery: its details, then each file from where the last
 * attempt stopped, each checked against the MD5 the service names; the outcome is reported to
 * Azure (Products_UploadLog). A failure to reach Azure is the left side, what was received kept
 * for the next attempt; a file whose digest does not match is dropped and named.
 */
public interface DownloadProductUseCase {

    /** How a download goes: called as bytes of {@code file} arrive ({@code received} of {@code length}, resumed from {@code from}). */
    @FunctionalInterface
    interface Progress {
        void advanced(String file, long from, long received, long length);
    }

    sealed interface Outcome {
    }

    /** Every file arrived and matched its digest; {@code logged} when Azure took the report. */
    record Downloaded(GalleryItem item, boolean logged) implements Outcome {
    }

    /** {@code file} arrived whole but its MD5 is not the one the service names; it was dropped. */
    record DigestMismatch(String product, String file, String expected, String actual) implements Outcome {
    }

    Either<DomainError, Outcome> download(String productName, Progress progress);
}
