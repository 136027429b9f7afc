package io.stackbridge.adapters.fakeazure.inprocess;

import io.stackbridge.application.port.in.marketplace.CheckProductUseCase;
import io.stackbridge.application.port.in.marketplace.GetProductUseCase;
import io.stackbridge.application.port.in.marketplace.ListProductsUseCase;
import io.stackbridge.application.port.in.marketplace.ReadPackageFileUseCase;
import io.stackbridge.application.port.in.marketplace.UploadProductLogUseCase;
import io.stackbridge.application.port.out.MarketplacePort;
import io.stackbridge.domain.bridge.AzureService;
import io.stackbridge.domain.bridge.CalledService;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.fault.FaultCall;
import io.stackbridge.domain.fault.Operation;
import io.stackbridge.domain.marketplace.DeviceConfiguration;
import io.stackbridge.domain.marketplace.OfferedProduct;
import io.stackbridge.domain.marketplace.PackageFiles;
import io.stackbridge.domain.marketplace.PackageReceipt;
import io.stackbridge.domain.marketplace.PackageSource;
import io.stackbridge.domain.marketplace.Product;
import io.stackbridge.domain.marketplace.ProductDetails;
import io.stackbridge.domain.marketplace.ProductFit;
import io.stackbridge.domain.marketplace.ProductLog;
import io.stackbridge.domain.marketplace.ProductLogUpdate;
import io.stackbridge.domain.registration.AzureEndpoints;
import io.stackbridge.domain.registration.RegistrationKey;
import io.stackbridge.domain.arm.ResourceIds;
import io.stackbridge.domain.text.Language;
import io.stackbridge.domain.text.MessageBundle;
import io.vavr.collection.List;
import io.vavr.control.Either;
import jakarta.inject.Inject;
import java.net.URI;

/** The stamp's marketplace management in process: the Products use cases and the package files, called directly. */
public final class InProcessMarketplacePort implements MarketplacePort {

    private final InProcessBoundary boundary;
    private final CalledService naming;
    private final URI management;
    private final ListProductsUseCase list;
    private final GetProductUseCase get;
    private final CheckProductUseCase check;
    private final UploadProductLogUseCase uploadLog;
    private final InProcessPackageFiles files;

    @Inject
    public InProcessMarketplacePort(InProcessBoundary boundary, AzureEndpoints endpoints, ListProductsUseCase list, GetProductUseCase get,
                                    CheckProductUseCase check, UploadProductLogUseCase uploadLog, ReadPackageFileUseCase files) {
        this.boundary = boundary;
        this.naming = AzureService.RESOURCE_MANAGER.at(endpoints.management().toString());
        this.management = endpoints.management();
        this.list = list;
        this.get = get;
        this.check = check;
        this.uploadLog = uploadLog;
        this.files = new InProcessPackageFiles(files);
    }

    @Override
    public Either<DomainError, List<OfferedProduct>> list(RegistrationKey registration) {
        return boundary.call(FaultCall.on(Operation.Products_List, registration), ResourceIds.registration(registration) + "/products",
                naming, () -> list.list(registration).map(products -> products.map(OfferedProduct::of)));
    }

    @Override
    public Either<DomainError, ProductDetails> details(RegistrationKey registration, String productName) {
        return boundary.call(FaultCall.on(Operation.Products_ListDetails, registration), ResourceIds.product(registration, productName),
                naming, () -> get.get(registration, productName).map(this::details));
    }

    @Override
    public Either<DomainError, ProductFit> check(RegistrationKey registration, String productName, DeviceConfiguration device) {
        return boundary.call(FaultCall.on(Operation.Products_GetProduct, registration), ResourceIds.product(registration, productName),
                naming, () -> check.check(registration, productName, device).map(checked -> new ProductFit(OfferedProduct.of(checked.product()),
                        checked.compatibility().issues(),
                        checked.compatibility().findings().map(finding -> MessageBundle.show(Language.EN, finding)).mkString(" "))));
    }

    @Override
    public Either<DomainError, ProductLog> uploadLog(RegistrationKey registration, String productName, ProductLogUpdate update) {
        return boundary.call(FaultCall.on(Operation.Products_UploadLog, registration), ResourceIds.product(registration, productName),
                naming, () -> uploadLog.upload(registration, productName, update));
    }

    @Override
    public Either<DomainError, PackageReceipt> download(URI file, long from, PackageSink sink) {
        return boundary.call(FaultCall.of(Operation.MarketplacePackages_Download), file.getPath(), naming,
                () -> files.download(file, from, sink));
    }

    private ProductDetails details(Product product) {
        return new ProductDetails(product.name(), product.kind(), product.listing().version(), PackageFiles.downloaded(product)
                .map(file -> new PackageSource(file.path(),
                        management.resolve(ReadPackageFileUseCase.ROOT + product.name() + "/" + file.path()))));
    }
}
