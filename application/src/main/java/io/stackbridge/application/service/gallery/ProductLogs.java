package io.stackbridge.application.service.gallery;

import io.stackbridge.application.port.out.MarketplacePort;
import io.stackbridge.domain.marketplace.GalleryItem;
import io.stackbridge.domain.marketplace.ProductLogUpdate;
import io.stackbridge.domain.registration.RegistrationKey;
import io.vavr.control.Option;

/** The reports the stamp uploads about its marketplace actions (Products_UploadLog); whether Azure took one changes nothing else. */
final class ProductLogs {

    private ProductLogs() {
    }

    static ProductLogUpdate succeeded(GalleryItem item) {
        return new ProductLogUpdate(Option.none(), Option.some("Succeeded"), Option.none(),
                Option.some(item.files().size() + " files, " + item.length() + " bytes, version " + item.version()));
    }

    static ProductLogUpdate failed(String code) {
        return new ProductLogUpdate(Option.none(), Option.some("Failed"), Option.some(code), Option.none());
    }

    /** Uploads {@code update} for {@code operation}; true when Azure took it. */
    static boolean report(MarketplacePort marketplace, RegistrationKey key, String product, String operation, ProductLogUpdate update) {
        ProductLogUpdate told = new ProductLogUpdate(Option.some(operation), update.status(), update.error(), update.details());
        return marketplace.uploadLog(key, product, told).isRight();
    }
}
