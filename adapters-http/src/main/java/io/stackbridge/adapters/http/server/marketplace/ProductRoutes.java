package io.stackbridge.adapters.http.server.marketplace;

import io.javalin.http.HandlerType;
import io.stackbridge.adapters.http.server.arm.Paging;
import io.stackbridge.adapters.http.server.arm.PathValues;
import io.stackbridge.adapters.http.server.pipeline.Action;
import io.stackbridge.adapters.http.server.pipeline.Call;
import io.stackbridge.adapters.http.server.pipeline.JsonBody;
import io.stackbridge.adapters.http.server.pipeline.Reply;
import io.stackbridge.adapters.http.server.pipeline.Route;
import io.stackbridge.adapters.http.server.pipeline.Surface;
import io.stackbridge.adapters.http.wire.ArmPaths;
import io.stackbridge.adapters.http.wire.DeviceConfigurationBody;
import io.stackbridge.adapters.http.wire.ExtendedProductResource;
import io.stackbridge.adapters.http.wire.Page;
import io.stackbridge.adapters.http.wire.ProductLogResource;
import io.stackbridge.adapters.http.wire.ProductLogUpdateBody;
import io.stackbridge.adapters.http.wire.ProductResource;
import io.stackbridge.application.port.in.marketplace.CheckProductUseCase;
import io.stackbridge.application.port.in.marketplace.CheckProductsUseCase;
import io.stackbridge.application.port.in.marketplace.GetProductUseCase;
import io.stackbridge.application.port.in.marketplace.ListProductsUseCase;
import io.stackbridge.application.port.in.marketplace.UploadProductLogUseCase;
import io.stackbridge.domain.error.ArmError;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.fault.Operation;
import io.stackbridge.domain.marketplace.DeviceConfiguration;
import io.vavr.collection.List;
import io.vavr.control.Either;
import jakarta.inject.Inject;

/**
 * The {@code registrations/products} operations (Products_*), with the paths, bodies and answers of
 * the REST specification. {@code listProducts} and {@code getProducts} answer the same list; only
 * Products_List pages it, the two POSTs answer it whole (their specification has no paging).
 */
public final class ProductRoutes {

    private final ListProductsUseCase listProducts;
    private final GetProductUseCase getProduct;
    private final CheckProductsUseCase checkProducts;
    private final CheckProductUseCase checkProduct;
    private final UploadProductLogUseCase uploadProductLog;
    private final Paging paging;

    @Inject
    public ProductRoutes(ListProductsUseCase listProducts, GetProductUseCase getProduct, CheckProductsUseCase checkProducts,
                         CheckProductUseCase checkProduct, UploadProductLogUseCase uploadProductLog, Paging paging) {
        this.listProducts = listProducts;
        this.getProduct = getProduct;
        this.checkProducts = checkProducts;
        this.checkProduct = checkProduct;
        this.uploadProductLog = uploadProductLog;
        this.paging = paging;
    }

    public List<Route> routes() {
        return List.of(
                on(HandlerType.GET, ArmPaths.PRODUCTS, Operation.Products_List, this::list),
                on(HandlerType.GET, ArmPaths.PRODUCT, Operation.Products_Get, this::get),
                on(HandlerType.POST, ArmPaths.PRODUCT + "/listDetails", Operation.Products_ListDetails, this::details),
                on(HandlerType.POST, ArmPaths.PRODUCT + "/listProducts", Operation.Products_ListProducts, this::checkAll),
                on(HandlerType.POST, ArmPaths.PRODUCT + "/getProducts", Operation.Products_GetProducts, this::checkAll),
                on(HandlerType.POST, ArmPaths.PRODUCT + "/getProduct", Operation.Products_GetProduct, this::checkOne),
                on(HandlerType.POST, ArmPaths.PRODUCT + "/uploadProductLog", Operation.Products_UploadLog, this::uploadLog));
    }

    private Either<DomainError, Reply> list(Call call) {
        return PathValues.registration(call).flatMap(key -> listProducts.list(key)
                .flatMap(all -> paging.page(call, all, product -> ProductResource.from(key, product, ProductCalls.blobs(call, product), null))))
                .map(Reply::ok);
    }

    private Either<DomainError, Reply> get(Call call) {
        return PathValues.registration(call).flatMap(key -> getProduct.get(key, ProductCalls.product(call))
                .map(product -> Reply.ok(ProductResource.from(key, product, ProductCalls.blobs(call, product), null))));
    }

    private Either<DomainError, Reply> details(Call call) {
        return PathValues.registration(call).flatMap(key -> getProduct.get(key, ProductCalls.product(call)))
                .map(product -> Reply.ok(ExtendedProductResource.from(product, ProductCalls.blobs(call, product))));
    }

    private Either<DomainError, Reply> checkAll(Call call) {
        return PathValues.registration(call).flatMap(key -> device(call)
                .flatMap(device -> checkProducts.check(key, ProductCalls.product(call), device))
                .map(checked -> Reply.ok(new Page<>(checked.map(one -> ProductCalls.render(call, key, one)).toJavaList(), null))));
    }

    private Either<DomainError, Reply> checkOne(Call call) {
        return PathValues.registration(call).flatMap(key -> device(call)
                .flatMap(device -> checkProduct.check(key, ProductCalls.product(call), device))
                .map(checked -> Reply.ok(ProductCalls.render(call, key, checked))));
    }

    private Either<DomainError, Reply> uploadLog(Call call) {
        return PathValues.registration(call).flatMap(key -> JsonBody.optional(call)
                .flatMap(json -> ProductLogUpdateBody.read(json).toEither().<DomainError>mapLeft(ArmError.InvalidRequestContent::new))
                .flatMap(update -> uploadProductLog.upload(key, ProductCalls.product(call), update))
                .map(log -> Reply.ok(ProductLogResource.from(log))));
    }

    private static Either<DomainError, DeviceConfiguration> device(Call call) {
        return JsonBody.optional(call)
                .flatMap(json -> DeviceConfigurationBody.read(json).toEither().<DomainError>mapLeft(ArmError.InvalidRequestContent::new));
    }

    private static Route on(HandlerType method, String path, Operation operation, Action action) {
        return Route.of(method, path, operation, Surface.AZURE_STACK, call -> PathValues.onRegistration(call, operation), action);
    }
}
