package io.stackbridge.adapters.http.sdk;

import com.azure.core.http.HttpHeaderName;
import com.azure.core.http.HttpMethod;
import com.azure.core.http.HttpRequest;
import com.azure.core.http.HttpResponse;
import com.azure.core.http.rest.PagedFlux;
import com.azure.core.http.rest.PagedIterable;
import com.azure.core.util.BinaryData;
import com.azure.resourcemanager.resources.ResourceManager;
import com.azure.resourcemanager.resources.fluent.models.GenericResourceExpandedInner;


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
        return new PagedIterable<>(new PagedFlux<>(() -> AzureStackResources.page(arm.httpPipeline(), first), next -> AzureStackResources.page(arm.httpPipeline(), next)));
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
}
