package io.stackbridge.application.service.marketplace;

import io.stackbridge.application.port.in.marketplace.UploadProductLogUseCase;
import io.stackbridge.application.port.out.ClockPort;
import io.stackbridge.application.port.out.RegistrationStorePort;
import io.stackbridge.application.port.out.WorldPort;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.marketplace.ProductLog;
import io.stackbridge.domain.marketplace.ProductLogUpdate;
import io.stackbridge.domain.registration.RegistrationKey;
import io.vavr.control.Either;

import java.util.UUID;

/** Logs a stamp's report on a product of an open marketplace: a fresh log ID, started and ended now by the service's clock. */
public final class UploadProductLogService implements UploadProductLogUseCase {

    private final OpenMarketplace marketplace;
    private final ClockPort clock;

    public UploadProductLogService(RegistrationStorePort registrations, WorldPort world, ClockPort clock) {
        this.marketplace = new OpenMarketplace(registrations, world);
        this.clock = clock;
    }

    @Override
    public Either<DomainError, ProductLog> upload(RegistrationKey registration, String productName, ProductLogUpdate update) {
        return marketplace.registration(registration).flatMap(open -> marketplace.product(registration, productName))
                .map(product -> {
                    var now = clock.now();
                    return new ProductLog(UUID.randomUUID().toString(), product.name(), registration, update, now, now);
                });
    }
}
