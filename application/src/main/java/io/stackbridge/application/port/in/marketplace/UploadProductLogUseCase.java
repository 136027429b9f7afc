package io.stackbridge.application.port.in.marketplace;

import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.marketplace.ProductLog;
import io.stackbridge.domain.marketplace.ProductLogUpdate;
import io.stackbridge.domain.registration.RegistrationKey;
import io.vavr.control.Either;

/**
 * A stamp reports what happened to an action on a product (Products_UploadLog); the answer is the
 * logged entry. The entry is kept only in the journal of calls.
 */
public interface UploadProductLogUseCase {

    Either<DomainError, ProductLog> upload(RegistrationKey registration, String productName, ProductLogUpdate update);
}
