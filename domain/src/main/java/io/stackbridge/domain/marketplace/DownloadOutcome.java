package io.stackbridge.domain.marketplace;


/** How a download that reached Azure ended: every file in the gallery, or one whose digest did not match. */
public sealed interface DownloadOutcome {

    /** Every file arrived and matched its digest; {@code logged} when Azure took the report. */
    record Downloaded(GalleryItem item, boolean logged) implements DownloadOutcome {
    }

    /** {@code file} arrived whole but its MD5 is not the one the service names; it was dropped. */
    record DigestMismatch(String product, String file, String expected, String actual) implements DownloadOutcome {
    }
}
