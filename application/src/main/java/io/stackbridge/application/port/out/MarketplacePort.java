package io.stackbridge.application.port.out;

import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.marketplace.DeviceConfiguration;
import io.stackbridge.domain.marketplace.OfferedProduct;
import io.stackbridge.domain.marketplace.PackageReceipt;
import io.stackbridge.domain.marketplace.ProductDetails;
import io.stackbridge.domain.marketplace.ProductFit;
import io.stackbridge.domain.marketplace.ProductLog;
import io.stackbridge.domain.marketplace.ProductLogUpdate;
import io.stackbridge.domain.registration.RegistrationKey;
import io.vavr.collection.List;
import io.vavr.control.Either;
import java.net.URI;

/**
 * How the stamp reaches Azure's marketplace for its registration, as marketplace management does:
 * list the products offered (Products_List), read what to download (Products_ListDetails), ask whether
 * one fits the stamp (Products_GetProduct), report an action (Products_UploadLog), and pull a package
 * file from where the details point, from any offset. Failures to reach Azure come back as bridge
 * codes; Azure's refusals keep their codes ({@code MarketplaceSyndicationDisabled}, {@code ResourceNotFound}).
 */
public interface MarketplacePort {

    Either<DomainError, List<OfferedProduct>> list(RegistrationKey registration);

    Either<DomainError, ProductDetails> details(RegistrationKey registration, String productName);

    Either<DomainError, ProductFit> check(RegistrationKey registration, String productName, DeviceConfiguration device);

    Either<DomainError, ProductLog> uploadLog(RegistrationKey registration, String productName, ProductLogUpdate update);

    /**
     * Pulls the file at {@code file} from byte {@code from} to its end, handing each piece to
     * {@code sink} as it arrives; what reached the sink stays received even when the download then
     * fails. The answer names the whole file's length and MD5. {@code from} at or past the end
     * receives nothing.
     */
    Either<DomainError, PackageReceipt> download(URI file, long from, PackageSink sink);

    /** Where a download goes: first the whole file's length, once known, then each piece, in order. */
    interface PackageSink {

        void opened(long fileLength);

        void received(byte[] bytes, int length);
    }
}
