package io.stackbridge.adapters.http.sdk;

import com.azure.core.http.HttpMethod;
import com.azure.core.http.HttpPipeline;
import com.azure.core.http.HttpRequest;
import com.azure.core.http.rest.PagedFlux;
import com.azure.core.http.rest.PagedIterable;
import com.azure.core.http.rest.PagedResponse;
import com.azure.core.http.rest.PagedResponseBase;
import com.azure.json.JsonProviders;
import com.azure.resourcemanager.resources.ResourceManager;
import com.azure.resourcemanager.resources.fluent.models.GenericResourceExpandedInner;
import com.azure.resourcemanager.resources.models.GenericResource;
import com.azure.resourcemanager.resources.models.ResourceListResult;
import io.stackbridge.adapters.fakeazure.world.DefaultWorld;
import reactor.core.publisher.Mono;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The registration resources as a client of the SDK's {@code GenericResources} writes them:
 * {@code Microsoft.AzureStack/registrations} and its {@code customerSubscriptions}, api-version
 * 2017-06-01. GenericResources has no list of child resources, so the list goes through the same
 * SDK pipeline (bearer token, retries) and azure-core's paging, following {@code nextLink}.
 */
final class AzureStackResources {

    static final String NAMESPACE = "Microsoft.AzureStack";

    private AzureStackResources() {
    }

    static GenericResource createRegistration(ResourceManager arm, String name, String registrationToken) {
        return arm.genericResources().define(name).withRegion("global").withExistingResourceGroup(DefaultWorld.RESOURCE_GROUP.value())
                .withResourceType("registrations").withProviderNamespace(NAMESPACE).withoutPlan()
                .withApiVersion(AzureSdk.API_VERSION).withProperties(Map.of("registrationToken", registrationToken))
                .create();
    }

    static GenericResource addCustomerSubscription(ResourceManager arm, String registrationName, String subscriptionId) {
        return arm.genericResources().define(subscriptionId).withRegion("global")
                .withExistingResourceGroup(DefaultWorld.RESOURCE_GROUP.value())
                .withResourceType("customerSubscriptions").withProviderNamespace(NAMESPACE).withoutPlan()
                .withApiVersion(AzureSdk.API_VERSION).withParentResourcePath("registrations/" + registrationName)
                .withProperties(Map.of())
                .create();
    }

    static String customerSubscriptionId(String registrationId, String subscriptionId) {
        return registrationId + "/customerSubscriptions/" + subscriptionId;
    }

    static PagedIterable<GenericResourceExpandedInner> listCustomerSubscriptions(ResourceManager arm, String registrationId) {
        String first = arm.environment().getResourceManagerEndpoint().replaceAll("/+$", "") + registrationId
                + "/customerSubscriptions?api-version=" + AzureSdk.API_VERSION;
        return new PagedIterable<>(new PagedFlux<>(() -> page(arm.httpPipeline(), first), next -> page(arm.httpPipeline(), next)));
    }

    /** One page of a generic-resource list read through the SDK's pipeline; the marketplace's lists read the same way. */
    static Mono<PagedResponse<GenericResourceExpandedInner>> page(HttpPipeline pipeline, String url) {
        HttpRequest request = new HttpRequest(HttpMethod.GET, url);
        return pipeline.send(request).flatMap(response -> response.getBodyAsString().map(body -> {
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
