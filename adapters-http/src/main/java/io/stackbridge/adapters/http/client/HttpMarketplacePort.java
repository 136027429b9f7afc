package io.stackbridge.adapters.http.client;

import com.fasterxml.jackson.core.type.TypeReference;
import io.stackbridge.adapters.http.wire.DeviceConfigurationBody;
import io.stackbridge.adapters.http.wire.ExtendedProductResource;
import io.stackbridge.adapters.http.wire.Page;
import io.stackbridge.adapters.http.wire.ProductLogResource;
import io.stackbridge.adapters.http.wire.ProductLogUpdateBody;
import io.stackbridge.adapters.http.wire.ProductResource;
import io.stackbridge.application.port.out.MarketplacePort;
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
import io.vavr.control.Option;
import java.net.URI;
import java.time.Clock;

/** The stamp's marketplace management over HTTPS: the Products operations of its registration, and the package files they point at. */
public final class HttpMarketplacePort implements MarketplacePort {

    private static final TypeReference<Page<ProductResource>> PAGE = new TypeReference<>() {
    };

    private final ArmExchange arm;
    private final PackageDownloads downloads;

    public HttpMarketplacePort(HttpTransport transport, ArmTarget target) {
        this.arm = new ArmExchange(transport, target, Clock.systemUTC());
        this.downloads = new PackageDownloads(transport, Clock.systemUTC());
    }

    @Override
    public Either<DomainError, List<OfferedProduct>> list(RegistrationKey registration) {
        return new ArmPages<ProductResource, OfferedProduct>(arm, PAGE, product -> ProductAnswers.offered(product)
                        .toEither(() -> arm.unreadable("a product without its name, kind or version")))
                .all(arm.urls().registration(registration, "products"), RegistrationContexts.of(registration));
    }

    @Override
    public Either<DomainError, ProductDetails> details(RegistrationKey registration, String productName) {
        return post(registration, productName, "listDetails", Option.none())
                .flatMap(answer -> arm.read(answer, ExtendedProductResource.class))
                .flatMap(resource -> ProductAnswers.details(productName, resource).toEither(() -> arm.unreadable("not an ExtendedProduct")));
    }

    @Override
    public Either<DomainError, ProductFit> check(RegistrationKey registration, String productName, DeviceConfiguration device) {
        DeviceConfigurationBody body = new DeviceConfigurationBody(device.deviceVersion().map(Object::toString).getOrNull(),
                device.identitySystem().map(Enum::name).getOrNull());
        return post(registration, productName, "getProduct", Option.some(body))
                .flatMap(answer -> arm.read(answer, ProductResource.class))
                .flatMap(resource -> ProductAnswers.fit(resource).toEither(() -> arm.unreadable("not a Product with its compatibility")));
    }

    @Override
    public Either<DomainError, ProductLog> uploadLog(RegistrationKey registration, String productName, ProductLogUpdate update) {
        ProductLogUpdateBody body = new ProductLogUpdateBody(update.operation().getOrNull(), update.status().getOrNull(),
                update.error().getOrNull(), update.details().getOrNull());
        return post(registration, productName, "uploadProductLog", Option.some(body))
                .flatMap(answer -> arm.read(answer, ProductLogResource.class))
                .flatMap(resource -> ProductAnswers.log(registration, resource).toEither(() -> arm.unreadable("not a ProductLog")));
    }

    @Override
    public Either<DomainError, PackageReceipt> download(URI file, long from, PackageSink sink) {
        return downloads.download(file, from, sink);
    }

    private Either<DomainError, java.net.http.HttpResponse<String>> post(RegistrationKey registration, String productName, String action,
                                                                         Option<Object> body) {
        return arm.send("POST", arm.urls().registration(registration, "products", productName, action), body,
                RegistrationContexts.of(registration));
    }

}
