package io.stackbridge.adapters.http.sdk;

import com.azure.core.http.HttpHeaderName;
import com.azure.core.http.HttpMethod;
import com.azure.core.http.HttpRequest;
import com.azure.core.http.HttpResponse;
import com.azure.core.http.rest.PagedFlux;
import com.azure.core.http.rest.PagedIterable;
import com.azure.core.http.rest.PagedResponse;
import com.azure.core.http.rest.PagedResponseBase;
import com.azure.core.util.BinaryData;
import com.azure.json.JsonProviders;
import com.azure.resourcemanager.resources.ResourceManager;
import com.azure.resourcemanager.resources.fluent.models.GenericResourceExpandedInner;
import com.azure.resourcemanager.resources.models.ResourceListResult;
import reactor.core.publisher.Mono;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The {@code registrations/products} operations as a client of the SDK's pipeline writes them: the
 * GETs through {@code GenericResources} and azure-core's paging, the POST actions (which
 * GenericResources cannot send) through the same pipeline, bearer token included.
 */
final class MarketplaceProducts {

    private MarketplaceProducts() {
    }

    static String productId(String registrationId, String productName) {
        return registrationId + "/products/" + productName;
    }

    static PagedIterable<GenericResourceExpandedInner> list(ResourceManager arm, String registrationId) {
        String first = url(arm, registrationId + "/products");
        return new PagedIterable<>(new PagedFlux<>(() -> page(arm, first), next -> page(arm, next)));
    }

    /** POSTs {@code body} (or nothing) to {@code …/products/{product}/{action}}; the status and the answer's text. */
    static Answer post(ResourceManager arm, String productId, String action, String body) {
        HttpRequest request = new HttpRequest(HttpMethod.POST, url(arm, productId + "/" + action));
        if (body != null) {
            request.setHeader(HttpHeaderName.CONTENT_TYPE, "application/json").setBody(BinaryData.fromString(body));
        }
        HttpResponse response = arm.httpPipeline().send(request).block();
        return new Answer(response.getStatusCode(), response.getBodyAsString().block());
    }

    record Answer(int status, String body) {
    }

    private static String url(ResourceManager arm, String path) {
        return arm.environment().getResourceManagerEndpoint().replaceAll("/+$", "") + path + "?api-version=" + AzureSdk.API_VERSION;
    }

    private static Mono<PagedResponse<GenericResourceExpandedInner>> page(ResourceManager arm, String url) {
        HttpRequest request = new HttpRequest(HttpMethod.GET, url);
        return arm.httpPipeline().send(request).flatMap(response -> response.getBodyAsString().map(body -> {
            if (response.getStatusCode() != 200) {
                throw new IllegalStateException("list answered " + response.getStatusCode() + ": " + body);
            }
            ResourceListResult page = read(body);
            return new PagedResponseBase<Void, GenericResourceExpandedInner>(request, response.getStatusCode(), response.getHeaders(),
                    page.value(), page.nextLink(), null);
        }));
    }

    private static ResourceListResult read(String body) {
        try {
            return ResourceListResult.fromJson(JsonProviders.createReader(body));
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
