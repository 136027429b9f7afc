package io.stackbridge.application.service.marketplace;

import io.stackbridge.application.port.in.marketplace.ReadPackageFileUseCase;
import io.stackbridge.application.port.out.WorldPort;
import io.stackbridge.domain.error.ArmError.ResourceNotFound;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.marketplace.PackageFiles;
import io.vavr.control.Either;

/** Finds a package file in the world's catalog. */
public final class ReadPackageFileService implements ReadPackageFileUseCase {

    private final WorldPort world;

    public ReadPackageFileService(WorldPort world) {
        this.world = world;
    }

    @Override
    public Either<DomainError, Served> read(String productName, String path) {
        return world.current().products().find(product -> product.named(productName))
                .flatMap(product -> PackageFiles.find(product, path).map(file -> new Served(product.name(), file)))
                .toEither(() -> new ResourceNotFound(ROOT + productName + "/" + path));
    }
}
