package io.stackbridge.application.port.in.gallery;

import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.marketplace.DownloadOutcome;
import io.stackbridge.domain.marketplace.DownloadStep;
import java.util.function.Consumer;
import io.vavr.control.Either;

/**
 * Downloads a product into the local gallery: its details, then each file from where the last
 * attempt stopped, each checked against the MD5 the service names; the outcome is reported to
 * Azure (Products_UploadLog). A failure to reach Azure is the left side, what was received kept
 * for the next attempt; a file whose digest does not match is dropped and named.
 */
public interface DownloadProductUseCase {

    Either<DomainError, DownloadOutcome> download(String productName, Consumer<DownloadStep> progress);
}
