package io.stackbridge.adapters.cli.wiring;

import dagger.Module;
import dagger.Provides;
import io.stackbridge.application.port.in.marketplace.CheckProductUseCase;
import io.stackbridge.application.port.in.marketplace.CheckProductsUseCase;
import io.stackbridge.application.port.in.marketplace.GetProductUseCase;
import io.stackbridge.application.port.in.marketplace.ListProductsUseCase;
import io.stackbridge.application.port.in.marketplace.ReadPackageFileUseCase;
import io.stackbridge.application.port.in.marketplace.UploadProductLogUseCase;
import io.stackbridge.application.port.out.ClockPort;
import io.stackbridge.application.port.out.RegistrationStorePort;
import io.stackbridge.application.port.out.WorldPort;
import io.stackbridge.application.service.marketplace.CheckProductService;
import io.stackbridge.application.service.marketplace.CheckProductsService;
import io.stackbridge.application.service.marketplace.GetProductService;
import io.stackbridge.application.service.marketplace.ListProductsService;
import io.stackbridge.application.service.marketplace.ReadPackageFileService;
import io.stackbridge.application.service.marketplace.UploadProductLogService;
import jakarta.inject.Singleton;

/** The marketplace's use cases (the products a registration is offered), each with the service that implements it. */
@Module
public final class MarketplaceUseCasesModule {

    private MarketplaceUseCasesModule() {
    }

    @Provides @Singleton
    static ListProductsUseCase listProducts(RegistrationStorePort registrations, WorldPort world) {
        return new ListProductsService(registrations, world);
    }

    @Provides @Singleton
    static GetProductUseCase getProduct(RegistrationStorePort registrations, WorldPort world) {
        return new GetProductService(registrations, world);
    }

    @Provides @Singleton
    static CheckProductsUseCase checkProducts(RegistrationStorePort registrations, WorldPort world) {
        return new CheckProductsService(registrations, world);
    }

    @Provides @Singleton
    static CheckProductUseCase checkProduct(RegistrationStorePort registrations, WorldPort world) {
        return new CheckProductService(registrations, world);
    }

    @Provides @Singleton
    static UploadProductLogUseCase uploadProductLog(RegistrationStorePort registrations, WorldPort world, ClockPort clock) {
        return new UploadProductLogService(registrations, world, clock);
    }

    // mktstack
    @Provides @Singleton
    static ReadPackageFileUseCase readPackageFile(WorldPort world) {
        return new ReadPackageFileService(world);
    }
}
