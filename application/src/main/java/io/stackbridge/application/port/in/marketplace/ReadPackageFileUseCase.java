package io.stackbridge.application.port.in.marketplace;

import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.marketplace.PackageFile;
import io.vavr.control.Either;

/**
 * A file of a product's simulated package, where the download details point ({@code PackageFiles});
 * {@code ResourceNotFound} naming the file's path when the catalog holds no such product or file.
 * The file's address is its own credential, as a SAS URI is: no registration is asked for.
 */
public interface ReadPackageFileUseCase {

    /** Where the emulator serves package files, below its origin. */
    String ROOT = "/marketplace/packages/";

    /** The served file, with the catalog's spelling of its product. */
    record Served(String product, PackageFile file) {
    }

    Either<DomainError, Served> read(String productName, String path);
}
